/** Parses GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV text into name → value; throws on what the runner would refuse. */
export declare function parseFileCommands(text: string): Record<string, string>
