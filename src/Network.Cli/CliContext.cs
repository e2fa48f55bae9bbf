namespace Stakeholders.Cli;

/// <summary>What every command writes to, so tests can capture it.</summary>
/// <param name="Output">Standard output: results.</param>
/// <param name="Error">Standard error: errors, warnings and progress.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error);
