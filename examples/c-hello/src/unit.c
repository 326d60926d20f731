/*
 * One unit of the example's "library": compiled once per unit number (-DUNIT=n), each copy checking
 * a small generic toolkit — three sorts and a search per element type, CRC-32, base64 and number
 * formatting — against itself with data seeded by its number. The example is about the build, so the
 * units are many and do real work for the compiler; the kernel just runs every check once.
 */
#include <stddef.h>
#include <stdint.h>

#ifndef UNIT
#error "compile with -DUNIT=<number>"
#endif

#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define UNIT_CHECK CAT(CAT(unit_, UNIT), _check)

#define N_ITEMS 96

static uint32_t rng_state;

static uint32_t next_random(void)
{
    uint32_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    rng_state = x;
    return x;
}

static void copy_bytes(void *to, const void *from, size_t n)
{
    uint8_t *d = to;
    const uint8_t *s = from;
    while (n--)
        *d++ = *s++;
}

static int equal_bytes(const void *a, const void *b, size_t n)
{
    const uint8_t *x = a, *y = b;
    for (size_t i = 0; i < n; i++)
        if (x[i] != y[i])
            return 0;
    return 1;
}

#define DEFINE_ALGORITHMS(T)                                                    \
    static void insertion_sort_##T(T *a, size_t n)                              \
    {                                                                           \
        for (size_t i = 1; i < n; i++) {                                        \
            T v = a[i];                                                         \
            size_t j = i;                                                       \
            while (j > 0 && a[j - 1] > v) {                                     \
                a[j] = a[j - 1];                                                \
                j--;                                                            \
            }                                                                   \
            a[j] = v;                                                           \
        }                                                                       \
    }                                                                           \
                                                                                \
    static void sift_down_##T(T *a, size_t root, size_t n)                      \
    {                                                                           \
        for (;;) {                                                              \
            size_t child = 2 * root + 1;                                        \
            if (child >= n)                                                     \
                return;                                                         \
            if (child + 1 < n && a[child] < a[child + 1])                       \
                child++;                                                        \
            if (!(a[root] < a[child]))                                          \
                return;                                                         \
            T t = a[root];                                                      \
            a[root] = a[child];                                                 \
            a[child] = t;                                                       \
            root = child;                                                       \
        }                                                                       \
    }                                                                           \
                                                                                \
    static void heap_sort_##T(T *a, size_t n)                                   \
    {                                                                           \
        for (size_t i = n / 2; i-- > 0;)                                        \
            sift_down_##T(a, i, n);                                             \
        for (size_t end = n; end-- > 1;) {                                      \
            T t = a[0];                                                         \
            a[0] = a[end];                                                      \
            a[end] = t;                                                         \
            sift_down_##T(a, 0, end);                                           \
        }                                                                       \
    }                                                                           \
                                                                                \
    static void merge_sort_##T(T *a, T *tmp, size_t n)                          \
    {                                                                           \
        for (size_t width = 1; width < n; width *= 2) {                         \
            for (size_t lo = 0; lo < n; lo += 2 * width) {                      \
                size_t mid = lo + width < n ? lo + width : n;                   \
                size_t hi = lo + 2 * width < n ? lo + 2 * width : n;            \
                size_t i = lo, j = mid, k = lo;                                 \
                while (i < mid && j < hi)                                       \
                    tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];                   \
                while (i < mid)                                                 \
                    tmp[k++] = a[i++];                                          \
                while (j < hi)                                                  \
                    tmp[k++] = a[j++];                                          \
            }                                                                   \
            copy_bytes(a, tmp, n * sizeof(T));                                  \
        }                                                                       \
    }                                                                           \
                                                                                \
    static size_t lower_bound_##T(const T *a, size_t n, T key)                  \
    {                                                                           \
        size_t lo = 0, hi = n;                                                  \
        while (lo < hi) {                                                       \
            size_t mid = lo + (hi - lo) / 2;                                    \
            if (a[mid] < key)                                                   \
                lo = mid + 1;                                                   \
            else                                                                \
                hi = mid;                                                       \
        }                                                                       \
        return lo;                                                              \
    }                                                                           \
                                                                                \
    static int is_sorted_##T(const T *a, size_t n)                              \
    {                                                                           \
        for (size_t i = 1; i < n; i++)                                          \
            if (a[i] < a[i - 1])                                                \
                return 0;                                                       \
        return 1;                                                               \
    }                                                                           \
                                                                                \
    static int check_sorts_##T(void)                                            \
    {                                                                           \
        T a[N_ITEMS], b[N_ITEMS], c[N_ITEMS], tmp[N_ITEMS];                     \
        for (size_t i = 0; i < N_ITEMS; i++)                                    \
            a[i] = (T)next_random();                                            \
        copy_bytes(b, a, sizeof a);                                             \
        copy_bytes(c, a, sizeof a);                                             \
        insertion_sort_##T(a, N_ITEMS);                                         \
        heap_sort_##T(b, N_ITEMS);                                              \
        merge_sort_##T(c, tmp, N_ITEMS);                                        \
        if (!is_sorted_##T(a, N_ITEMS) || !equal_bytes(a, b, sizeof a) ||       \
            !equal_bytes(a, c, sizeof a))                                       \
            return 0;                                                           \
        for (size_t i = 0; i < N_ITEMS; i++) {                                  \
            size_t at = lower_bound_##T(a, N_ITEMS, a[i]);                      \
            if (a[at] != a[i] || (at > 0 && !(a[at - 1] < a[i])))               \
                return 0;                                                       \
        }                                                                       \
        return 1;                                                               \
    }

DEFINE_ALGORITHMS(uint8_t)
DEFINE_ALGORITHMS(uint16_t)
DEFINE_ALGORITHMS(int32_t)

static uint32_t crc32_bitwise(const uint8_t *data, size_t n)
{
    uint32_t crc = 0xffffffffu;
    for (size_t i = 0; i < n; i++) {
        crc ^= data[i];
        for (int bit = 0; bit < 8; bit++)
            crc = (crc >> 1) ^ (0xedb88320u & -(crc & 1));
    }
    return ~crc;
}

static uint32_t crc32_table[256];

static uint32_t crc32_tabled(const uint8_t *data, size_t n)
{
    if (!crc32_table[1])
        for (uint32_t i = 0; i < 256; i++) {
            uint32_t c = i;
            for (int bit = 0; bit < 8; bit++)
                c = (c >> 1) ^ (0xedb88320u & -(c & 1));
            crc32_table[i] = c;
        }
    uint32_t crc = 0xffffffffu;
    for (size_t i = 0; i < n; i++)
        crc = crc32_table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
    return ~crc;
}

static const char base64_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static size_t base64_encode(const uint8_t *in, size_t n, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)in[i] << 16;
        if (i + 1 < n)
            v |= (uint32_t)in[i + 1] << 8;
        if (i + 2 < n)
            v |= in[i + 2];
        out[o++] = base64_alphabet[(v >> 18) & 63];
        out[o++] = base64_alphabet[(v >> 12) & 63];
        out[o++] = i + 1 < n ? base64_alphabet[(v >> 6) & 63] : '=';
        out[o++] = i + 2 < n ? base64_alphabet[v & 63] : '=';
    }
    return o;
}

static int base64_value(char c)
{
    for (int i = 0; i < 64; i++)
        if (base64_alphabet[i] == c)
            return i;
    return -1;
}

static size_t base64_decode(const char *in, size_t n, uint8_t *out)
{
    size_t o = 0;
    for (size_t i = 0; i + 3 < n; i += 4) {
        uint32_t v = 0;
        int pad = 0;
        for (int k = 0; k < 4; k++) {
            int d = in[i + k] == '=' ? (pad++, 0) : base64_value(in[i + k]);
            v = (v << 6) | (uint32_t)d;
        }
        out[o++] = (uint8_t)(v >> 16);
        if (pad < 2)
            out[o++] = (uint8_t)(v >> 8);
        if (pad < 1)
            out[o++] = (uint8_t)v;
    }
    return o;
}

static size_t format_uint(uint32_t value, uint32_t base, char *out)
{
    char digits[33];
    size_t n = 0;
    do {
        digits[n++] = "0123456789abcdef"[value % base];
        value /= base;
    } while (value);
    for (size_t i = 0; i < n; i++)
        out[i] = digits[n - 1 - i];
    return n;
}

static uint32_t parse_uint(const char *text, size_t n, uint32_t base)
{
    uint32_t value = 0;
    for (size_t i = 0; i < n; i++) {
        char c = text[i];
        uint32_t d = c <= '9' ? (uint32_t)(c - '0') : (uint32_t)(c - 'a' + 10);
        value = value * base + d;
    }
    return value;
}

static int check_codecs(void)
{
    uint8_t data[64], back[64];
    char text[96];
    for (size_t i = 0; i < sizeof data; i++)
        data[i] = (uint8_t)next_random();
    if (crc32_bitwise(data, sizeof data) != crc32_tabled(data, sizeof data))
        return 0;
    for (size_t len = 0; len <= sizeof data; len += 7) {
        size_t encoded = base64_encode(data, len, text);
        if (base64_decode(text, encoded, back) != len || !equal_bytes(data, back, len))
            return 0;
    }
    for (uint32_t base = 2; base <= 16; base++) {
        uint32_t value = next_random();
        size_t n = format_uint(value, base, text);
        if (parse_uint(text, n, base) != value)
            return 0;
    }
    return 1;
}

uint32_t UNIT_CHECK(void)
{
    rng_state = 0x9e3779b9u * (uint32_t)(UNIT) + 1;
    return check_sorts_uint8_t() && check_sorts_uint16_t() && check_sorts_int32_t() && check_codecs();
}
