namespace Stakeholders.Cli;

/// <summary>What every command writes to, so tests can capture it.</summary>
/// <param name="Output">Standard output: results.</param>
/// <param name="Error">Standard error: errors, warnings and progress.</param>
internal sealed record CliContext(TextWriter Output, TextWriter Error)
{
    /// <summary>The reader limits and <c>--lenient</c>, shared by every command that reads a network.</summary>
    public Commands.ReaderCliOptions Reader { get; } = new();
}
