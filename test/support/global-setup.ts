/** Runs once before the suite: nothing shared to start yet; fixtures build lazily and are cached. */
export default async function globalSetup(): Promise<void> {}
