using System.CommandLine;
using System.Globalization;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Cli.Commands;

/// <summary>
/// The options that say how a network becomes the analysis graph, shared by every analysing command:
/// direction, weights, tie types, kinds, dates and evidence.
/// </summary>
internal sealed class ProjectionCliOptions
{
    private readonly Option<bool> _directed = new("--directed") { Description = "Read ties with their direction (source → target). Default: undirected." };

    private readonly Option<string?> _weight = new("--weight")
    {
        Description = "Weight edges by: strength, confidence, strength-confidence, or the name of a numeric tie attribute. Default: unweighted.",
    };

    private readonly Option<string> _weightsAre = new("--weights-are")
    {
        Description = "strength (path measures use 1/w as the cost of an edge) or distance (cost = w). Default strength.",
        DefaultValueFactory = _ => "strength",
    };

    private readonly Option<string?> _tieTypes = new("--tie-types") { Description = "Comma-separated tie types to keep, e.g. SPOKE_AT,HOLDS_POSITION. Default: all." };

    private readonly Option<string?> _kinds = new("--kinds") { Description = "Comma-separated stakeholder kinds to keep: person, organization, event, place, initiative. Default: all." };

    private readonly Option<string?> _asOf = new("--as-of") { Description = "Keep ties valid on this date (YYYY, YYYY-MM or YYYY-MM-DD). Undated ties are always kept." };

    private readonly Option<string?> _since = new("--since") { Description = "Keep ties valid at some point on or after this date." };

    private readonly Option<string?> _until = new("--until") { Description = "Keep ties valid at some point on or before this date." };

    private readonly Option<int> _minEvidence = new("--min-evidence") { Description = "Keep ties citing at least this many distinct source documents. Default 0." };

    /// <summary>
    /// Lets <c>--as-of</c> take several comma-separated dates (the report's "over time" snapshots): a single date still
    /// filters the network as of that date; a list leaves the network whole and is read by <see cref="AsOfDates"/>.
    /// </summary>
    public void AllowAsOfList()
    {
        _asOf.Description = "One date (YYYY, YYYY-MM or YYYY-MM-DD): keep ties valid on that date (undated ties are always kept). "
            + "Several dates separated by commas (e.g. 2023-09-02,2023-09-03): keep every tie and show the network at each date in the \"Over time\" section.";
        _asOfList = true;
    }

    private bool _asOfList;

    /// <summary>The dates of a comma-separated <c>--as-of</c> list (see <see cref="AllowAsOfList"/>), or null when not a list.</summary>
    public IReadOnlyList<PartialDate>? AsOfDates(ParseResult parse)
    {
        var text = parse.GetValue(_asOf);
        if (!_asOfList || text is null || !text.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(d => Date(d, "--as-of")!.Value).ToArray();
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_directed);
        command.Options.Add(_weight);
        command.Options.Add(_weightsAre);
        command.Options.Add(_tieTypes);
        command.Options.Add(_kinds);
        command.Options.Add(_asOf);
        command.Options.Add(_since);
        command.Options.Add(_until);
        command.Options.Add(_minEvidence);
    }

    /// <summary>Reads the options; an attribute weight rewrites each tie's strength from that attribute.</summary>
    public ProjectionOptions Read(ParseResult parse, StakeholderNetwork network, out StakeholderNetwork weighted)
    {
        weighted = network;
        var weight = parse.GetValue(_weight);
        if (!IsBuiltInWeight(weight))
        {
            weighted = WithAttributeWeights(network, weight!);
        }

        return Build(parse);
    }

    /// <summary>The options when they need no network (no attribute weight), else null.</summary>
    public ProjectionOptions? ReadWithoutNetwork(ParseResult parse) => IsBuiltInWeight(parse.GetValue(_weight)) ? Build(parse) : null;

    private static bool IsBuiltInWeight(string? weight) => weight is null or "none" or "strength" or "confidence" or "strength-confidence";

    private ProjectionOptions Build(ParseResult parse)
    {
        var source = parse.GetValue(_weight) switch
        {
            null or "none" => WeightSource.None,
            "confidence" => WeightSource.Confidence,
            "strength-confidence" => WeightSource.StrengthTimesConfidence,
            _ => WeightSource.Strength,
        };
        var meaning = parse.GetValue(_weightsAre) switch
        {
            "strength" => WeightMeaning.Strength,
            "distance" => WeightMeaning.Distance,
            var other => throw new CliUsageException($"--weights-are must be strength or distance, not '{other}'"),
        };
        var options = new ProjectionOptions
        {
            Directed = parse.GetValue(_directed),
            WeightSource = source,
            WeightMeaning = meaning,
            TieTypes = List(parse.GetValue(_tieTypes))?.Select(t => new TieType(t)).ToArray(),
            Kinds = List(parse.GetValue(_kinds))?.Select(Kind).ToArray(),
            AsOf = AsOfDates(parse) is null ? Date(parse.GetValue(_asOf), "--as-of") : null,
            From = Date(parse.GetValue(_since), "--since"),
            To = Date(parse.GetValue(_until), "--until"),
            MinimumEvidence = parse.GetValue(_minEvidence),
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException(e.Message.Split(" (Parameter", 2)[0]);
        }

        return options;
    }

    /// <summary>The options as provenance parameters (only those given).</summary>
    public IReadOnlyDictionary<string, string> Describe(ParseResult parse)
    {
        var d = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                d[key] = value;
            }
        }

        Add("weight", parse.GetValue(_weight));
        Add("tieTypes", parse.GetValue(_tieTypes));
        Add("kinds", parse.GetValue(_kinds));
        Add("asOf", parse.GetValue(_asOf));
        Add("since", parse.GetValue(_since));
        Add("until", parse.GetValue(_until));
        var minEvidence = parse.GetValue(_minEvidence);
        Add("minEvidence", minEvidence > 0 ? minEvidence.ToString(CultureInfo.InvariantCulture) : null);
        return d;
    }

    private static StakeholderNetwork WithAttributeWeights(StakeholderNetwork network, string attribute)
    {
        var rebuilt = new StakeholderNetworkBuilder { Title = network.Title, Description = network.Description };
        foreach (var d in network.Documents)
        {
            rebuilt.AddDocument(d);
        }

        foreach (var s in network.Stakeholders)
        {
            rebuilt.AddStakeholder(s);
        }

        foreach (var t in network.Ties)
        {
            if (!t.Attributes.TryGetValue(attribute, out var text))
            {
                throw new CliUsageException($"--weight {attribute}: tie '{t.Id}' has no attribute '{attribute}' (and it is not strength, confidence or strength-confidence)");
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
            {
                throw new CliUsageException($"--weight {attribute}: tie '{t.Id}' has {attribute}='{text}', not a non-negative number");
            }

            rebuilt.AddTie(t with { Strength = value });
        }

        return rebuilt.Build();
    }

    private static string[]? List(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static StakeholderKind Kind(string name) =>
        ModelNames.TryParseKind(name, out var kind) ? kind : throw new CliUsageException($"unknown kind '{name}'; known kinds: {string.Join(", ", ModelNames.KindNames)}");

    private static PartialDate? Date(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return PartialDate.TryParse(text, out var date, out var reason) ? date : throw new CliUsageException($"{option}: {reason}");
    }
}
