using System.CommandLine;
using System.Globalization;
using Stakeholders.Network.Algorithms.Centrality;

namespace Stakeholders.Cli.Commands;

/// <summary>
/// <c>--tolerance</c> and <c>--max-iterations</c>, defined once for every command that computes a catalogue measure
/// (<c>analyze</c>, <c>report</c>, <c>stability</c>, <c>compare</c>): they set <c>Tolerance</c> and <c>MaxIterations</c>
/// of the command's options record, which hands them to eigenvector, PageRank, Katz and HITS. Unset, each measure keeps
/// its options record's default (NetworkX's).
/// </summary>
internal sealed class IterationCliOptions
{
    private readonly Option<double?> _tolerance = new("--tolerance")
    {
        Description = "Convergence tolerance of eigenvector, pagerank, katz and hits (default: each measure's NetworkX default, "
            + $"{Format(PageRankOptions.Default.Tolerance)}; {Format(HitsOptions.Default.Tolerance)} for hits).",
    };

    private readonly Option<int?> _maxIterations = new("--max-iterations")
    {
        Description = "Iteration limit of eigenvector, pagerank, katz and hits (default: NetworkX's, "
            + $"{PageRankOptions.Default.MaxIterations.ToString(CultureInfo.InvariantCulture)}; {KatzOptions.Default.MaxIterations.ToString(CultureInfo.InvariantCulture)} for katz).",
    };

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_tolerance);
        command.Options.Add(_maxIterations);
    }

    /// <summary>The tolerance given, or null for each measure's default.</summary>
    public double? Tolerance(ParseResult parse) => parse.GetValue(_tolerance);

    /// <summary>The iteration limit given, or null for each measure's default.</summary>
    public int? MaxIterations(ParseResult parse) => parse.GetValue(_maxIterations);

    /// <summary>Adds the settings that were given to a provenance parameter block.</summary>
    public Dictionary<string, string> Describe(IReadOnlyDictionary<string, string> parameters, ParseResult parse)
    {
        var described = new Dictionary<string, string>(parameters, StringComparer.Ordinal);
        if (Tolerance(parse) is { } t)
        {
            described["tolerance"] = t.ToString("R", CultureInfo.InvariantCulture);
        }

        if (MaxIterations(parse) is { } m)
        {
            described["max-iterations"] = m.ToString(CultureInfo.InvariantCulture);
        }

        return described;
    }

    private static string Format(double value) => value.ToString("0e0", CultureInfo.InvariantCulture);
}
