using System.Globalization;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Analysis;

/// <summary>
/// Mitchell, Agle &amp; Wood's stakeholder classes (1997, doi:10.5465/amr.1997.9711022105) from which of the three
/// attributes power, legitimacy and urgency a stakeholder holds.
/// </summary>
public enum SalienceClass
{
    /// <summary>None of the three attributes: not a stakeholder in the typology (a "non-stakeholder").</summary>
    None,

    /// <summary>Power only (latent).</summary>
    Dormant,

    /// <summary>Legitimacy only (latent).</summary>
    Discretionary,

    /// <summary>Urgency only (latent).</summary>
    Demanding,

    /// <summary>Power and legitimacy (expectant).</summary>
    Dominant,

    /// <summary>Power and urgency (expectant).</summary>
    Dangerous,

    /// <summary>Legitimacy and urgency (expectant).</summary>
    Dependent,

    /// <summary>All three (definitive).</summary>
    Definitive,
}

/// <summary>Mendelow's power–interest grid (1991): what to do with a stakeholder.</summary>
public enum PowerInterestQuadrant
{
    /// <summary>High power, high interest: manage closely.</summary>
    ManageClosely,

    /// <summary>High power, low interest: keep satisfied.</summary>
    KeepSatisfied,

    /// <summary>Low power, high interest: keep informed.</summary>
    KeepInformed,

    /// <summary>Low power, low interest: monitor.</summary>
    Monitor,
}

/// <summary>Options of <see cref="SalienceAnalysis.Compute"/>; the seed and cancellation come from <see cref="Algorithms.AlgorithmOptions"/>.</summary>
public sealed record SalienceOptions : Algorithms.AlgorithmOptions
{
    /// <summary>A 0–1 value of power, legitimacy or urgency at or above this counts as holding the attribute (yes = 1, no = 0). Default 0.5.</summary>
    public double AttributeThreshold { get; init; } = 0.5;

    /// <summary>Power at or above this is "high" on the grid. Default 0.5.</summary>
    public double PowerThreshold { get; init; } = 0.5;

    /// <summary>Interest at or above this is "high" on the grid. Default 0.5.</summary>
    public double InterestThreshold { get; init; } = 0.5;

    /// <summary>The structural measure attributed power is compared with (a <see cref="MeasureCatalog"/> name). Default <c>betweenness</c>.</summary>
    public string Measure { get; init; } = "betweenness";

    /// <summary>
    /// The least rank difference that counts as a disagreement; null (the default) for max(2, ⌈c/3⌉) with c the number of
    /// stakeholders compared (those with a power rating in the graph).
    /// </summary>
    public int? MinimumRankDifference { get; init; }

    /// <summary>How the network becomes the graph the measure runs on. Default: undirected, unweighted.</summary>
    public ProjectionOptions Projection { get; init; } = new() { WeightSource = WeightSource.None };

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">A threshold is outside [0, 1], the rank difference is below 1, or the measure is unknown.</exception>
    public override void Validate()
    {
        base.Validate();
        foreach (var (name, value) in new[] { (nameof(AttributeThreshold), AttributeThreshold), (nameof(PowerThreshold), PowerThreshold), (nameof(InterestThreshold), InterestThreshold) })
        {
            if (!(value is >= 0 and <= 1))
            {
                throw new ArgumentException($"{name} must be in [0, 1], not {value.ToString(CultureInfo.InvariantCulture)}.", name);
            }
        }

        if (MinimumRankDifference is < 1)
        {
            throw new InvalidOptionException(nameof(MinimumRankDifference), $"MinimumRankDifference must be >= 1, not {MinimumRankDifference}.");
        }

        if (!MeasureCatalog.TryGet(Measure ?? string.Empty, out var d) || d.RequiresLayers || d.Name.StartsWith("brokerage-", StringComparison.Ordinal))
        {
            throw new InvalidOptionException(nameof(Measure), $"Unknown or unsuitable measure '{Measure}'; use a single-network measure such as betweenness, degree or pagerank.");
        }

        ArgumentNullException.ThrowIfNull(Projection, nameof(Projection));
        Projection.Validate();
    }
}

/// <summary>One stakeholder's salience.</summary>
/// <param name="Id">The stakeholder id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Power">Attributed power in [0, 1], or null when not given (or not readable).</param>
/// <param name="Legitimacy">Attributed legitimacy, or null.</param>
/// <param name="Urgency">Attributed urgency, or null.</param>
/// <param name="Interest">Attributed interest, or null.</param>
/// <param name="Class">The salience class, or null when power, legitimacy or urgency is missing.</param>
/// <param name="Quadrant">The grid quadrant, or null when power or interest is missing.</param>
/// <param name="Missing">The attributes missing (names), empty when all four are given.</param>
/// <param name="Score">The structural measure, or NaN when the stakeholder is not in the graph.</param>
public sealed record StakeholderSalience(
    string Id, string Name, double? Power, double? Legitimacy, double? Urgency, double? Interest,
    SalienceClass? Class, PowerInterestQuadrant? Quadrant, IReadOnlyList<string> Missing, double Score)
{
    /// <summary>Whether any of the four attributes is given.</summary>
    public bool IsRated => Power is not null || Legitimacy is not null || Urgency is not null || Interest is not null;
}

/// <summary>A stakeholder whose attributed power and structural position disagree.</summary>
/// <param name="Id">The stakeholder id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Power">Attributed power.</param>
/// <param name="PowerRank">Rank of power among the compared stakeholders (1 = most powerful; tied values share the mean of their ranks).</param>
/// <param name="Score">The structural measure.</param>
/// <param name="StructuralRank">Rank of the measure among the same stakeholders (ties share the mean rank).</param>
/// <param name="Compared">How many stakeholders were compared.</param>
/// <param name="Direction"><c>underrated</c> (structure ranks it higher than its rated power) or <c>overrated</c>.</param>
/// <param name="Reason">The disagreement in words.</param>
public sealed record SalienceDisagreement(string Id, string Name, double Power, double PowerRank, double Score, double StructuralRank, int Compared, string Direction, string Reason)
{
    /// <summary>Power rank minus structural rank: positive when structure ranks the stakeholder higher than the rating.</summary>
    public double RankDifference => PowerRank - StructuralRank;
}

/// <summary>The result of <see cref="SalienceAnalysis.Compute"/>.</summary>
/// <param name="Measure">The structural measure compared with power.</param>
/// <param name="MinimumRankDifference">The rank difference that counted as a disagreement.</param>
/// <param name="Stakeholders">Every stakeholder of the graph, in network order.</param>
/// <param name="Disagreements">The disagreements, largest rank difference first.</param>
/// <param name="Problems">Attribute values that could not be read (each names the stakeholder, attribute and value); those attributes count as missing.</param>
public sealed record SalienceResult(string Measure, int MinimumRankDifference, IReadOnlyList<StakeholderSalience> Stakeholders, IReadOnlyList<SalienceDisagreement> Disagreements, IReadOnlyList<string> Problems);

/// <summary>
/// Salience beside structure: the stakeholder attributes <c>power</c>, <c>legitimacy</c>, <c>urgency</c> (yes/no or a
/// number in [0, 1]) and <c>interest</c> (a number in [0, 1]) give each stakeholder its Mitchell–Agle–Wood class and its
/// Mendelow quadrant, and attributed power is compared with a structural measure, rank against rank.
/// </summary>
/// <remarks>
/// <para>
/// Classes (R. K. Mitchell, B. R. Agle, D. J. Wood, "Toward a theory of stakeholder identification and salience",
/// Academy of Management Review 22(4) (1997) 853–886, doi:10.5465/amr.1997.9711022105): power only = dormant,
/// legitimacy only = discretionary, urgency only = demanding, power + legitimacy = dominant, power + urgency = dangerous,
/// legitimacy + urgency = dependent, all three = definitive, none = none. An attribute is held when its value is at least
/// <see cref="SalienceOptions.AttributeThreshold"/>. Grid (A. Mendelow, "Stakeholder mapping", Proceedings of the 2nd
/// International Conference on Information Systems, Cambridge MA, 1991): high power and high interest = manage closely,
/// high power only = keep satisfied, high interest only = keep informed, neither = monitor.
/// </para>
/// <para>
/// Nothing is guessed: a class needs all of power, legitimacy and urgency, a quadrant needs power and interest; what is
/// missing is listed per stakeholder. Disagreement: among the stakeholders that have a power value and are in the graph,
/// power and the measure are ranked (competition ranks, 1 = highest); a difference of at least the minimum is reported.
/// </para>
/// </remarks>
public static class SalienceAnalysis
{
    /// <summary>The attribute names read: <c>power</c>, <c>legitimacy</c>, <c>urgency</c>, <c>interest</c>.</summary>
    public static IReadOnlyList<string> AttributeNames { get; } = ["power", "legitimacy", "urgency", "interest"];

    /// <summary>Classifies a stakeholder from the attributes it holds.</summary>
    public static SalienceClass ClassOf(bool power, bool legitimacy, bool urgency) => (power, legitimacy, urgency) switch
    {
        (true, true, true) => SalienceClass.Definitive,
        (true, true, false) => SalienceClass.Dominant,
        (true, false, true) => SalienceClass.Dangerous,
        (false, true, true) => SalienceClass.Dependent,
        (true, false, false) => SalienceClass.Dormant,
        (false, true, false) => SalienceClass.Discretionary,
        (false, false, true) => SalienceClass.Demanding,
        _ => SalienceClass.None,
    };

    /// <summary>The grid quadrant of a power and an interest value.</summary>
    public static PowerInterestQuadrant QuadrantOf(double power, double interest, SalienceOptions? options = null)
    {
        options ??= new SalienceOptions();
        bool high = power >= options.PowerThreshold, interested = interest >= options.InterestThreshold;
        return (high, interested) switch
        {
            (true, true) => PowerInterestQuadrant.ManageClosely,
            (true, false) => PowerInterestQuadrant.KeepSatisfied,
            (false, true) => PowerInterestQuadrant.KeepInformed,
            _ => PowerInterestQuadrant.Monitor,
        };
    }

    /// <summary>The lower-case name of a class (<c>definitive</c>, ...).</summary>
    public static string ToName(this SalienceClass salienceClass) => salienceClass.ToString().ToLowerInvariant();

    /// <summary>The name of a quadrant: <c>manage-closely</c>, <c>keep-satisfied</c>, <c>keep-informed</c>, <c>monitor</c>.</summary>
    public static string ToName(this PowerInterestQuadrant quadrant) => quadrant switch
    {
        PowerInterestQuadrant.ManageClosely => "manage-closely",
        PowerInterestQuadrant.KeepSatisfied => "keep-satisfied",
        PowerInterestQuadrant.KeepInformed => "keep-informed",
        PowerInterestQuadrant.Monitor => "monitor",
        _ => throw new ArgumentOutOfRangeException(nameof(quadrant), quadrant, "Unknown quadrant."),
    };

    /// <summary>
    /// Reads an attribute value: <c>yes</c>/<c>true</c>/<c>y</c> = 1, <c>no</c>/<c>false</c>/<c>n</c> = 0 (any case), or a
    /// number in [0, 1] (invariant culture). False for anything else.
    /// </summary>
    internal static bool TryParseValue(string? text, out double value)
    {
        value = 0;
        var t = text?.Trim().ToLowerInvariant();
        switch (t)
        {
            case "yes" or "true" or "y":
                value = 1;
                return true;
            case "no" or "false" or "n":
                return true;
            case null or "":
                return false;
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value is >= 0 and <= 1;
    }

    /// <summary>Classifies every stakeholder of the projected network and compares attributed power with the measure.</summary>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public static SalienceResult Compute(StakeholderNetwork network, SalienceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= new SalienceOptions();
        options.Validate();
        MeasureCatalog.TryGet(options.Measure, out var measure);
        var projection = NetworkProjection.Project(network, options.Projection);
        var graph = projection.Graph;
        var context = new MeasureContext(graph, options.Seed, options.CancellationToken);
        var scores = measure!.Compute(context);
        var problems = new List<string>();
        var rows = new StakeholderSalience[graph.VertexCount];
        for (var v = 0; v < rows.Length; v++)
        {
            var s = projection.StakeholderOf(v);
            var values = new double?[4];
            var missing = new List<string>();
            for (var a = 0; a < 4; a++)
            {
                var name = AttributeNames[a];
                if (!s.Attributes.TryGetValue(name, out var text) || string.IsNullOrWhiteSpace(text))
                {
                    missing.Add(name);
                }
                else if (TryParseValue(text, out var x))
                {
                    values[a] = x;
                }
                else
                {
                    missing.Add(name);
                    problems.Add($"stakeholder '{s.Id}': {name} '{text}' is not yes/no or a number between 0 and 1; treated as missing");
                }
            }

            SalienceClass? cls = values[0] is { } p && values[1] is { } l && values[2] is { } u
                ? ClassOf(p >= options.AttributeThreshold, l >= options.AttributeThreshold, u >= options.AttributeThreshold)
                : null;
            PowerInterestQuadrant? quadrant = values[0] is { } pw && values[3] is { } i ? QuadrantOf(pw, i, options) : null;
            rows[v] = new StakeholderSalience(s.Id, s.Name, values[0], values[1], values[2], values[3], cls, quadrant, missing, scores[v]);
        }

        var compared = rows.Where(r => r.Power is not null && !double.IsNaN(r.Score)).ToArray();
        var minimum = options.MinimumRankDifference ?? Math.Max(2, (int)Math.Ceiling(compared.Length / 3.0));
        var disagreements = new List<SalienceDisagreement>();
        if (compared.Length >= 2)
        {
            var powerRanks = MeanRanks(compared.Select(r => r.Power!.Value).ToArray());
            var structuralRanks = MeanRanks(compared.Select(r => r.Score).ToArray());
            for (var k = 0; k < compared.Length; k++)
            {
                var d = powerRanks[k] - structuralRanks[k];
                if (Math.Abs(d) < minimum)
                {
                    continue;
                }

                var r = compared[k];
                var n = compared.Length;
                var rated = string.Create(CultureInfo.InvariantCulture, $"rated {(d > 0 ? "low" : "high")} power ({r.Power:0.##}, rank {powerRanks[k]:0.#} of {n})");
                var position = string.Create(CultureInfo.InvariantCulture, $"ranks {structuralRanks[k]:0.#} of {n} on {measure.Name} ({measure.Name} {r.Score:0.####})");
                var reason = d > 0
                    ? $"{rated} but {position}: {Underrated(measure.Name)}"
                    : $"{rated} but {position}: {Overrated(measure.Name)}";
                disagreements.Add(new SalienceDisagreement(r.Id, r.Name, r.Power!.Value, powerRanks[k], r.Score, structuralRanks[k], n, d > 0 ? "underrated" : "overrated", reason));
            }
        }

        var ordered = disagreements
            .OrderByDescending(x => Math.Abs(x.RankDifference))
            .ThenBy(x => x.Id, StringComparer.Ordinal)
            .ToArray();
        return new SalienceResult(measure.Name, minimum, rows, ordered, problems);
    }

    /// <summary>Ranks with 1 for the highest value; tied values (equal as <see cref="CompetitionRanking"/> sees them) share the mean of their positions.</summary>
    internal static double[] MeanRanks(double[] values)
    {
        var competition = CompetitionRanking.Ranks(values);
        var sizes = new Dictionary<int, int>();
        foreach (var r in competition)
        {
            sizes[r] = sizes.GetValueOrDefault(r) + 1;
        }

        return competition.Select(r => r + ((sizes[r] - 1) / 2.0)).ToArray();
    }

    private static string Underrated(string measure) => measure switch
    {
        "betweenness" => "more of the shortest paths between others run through it than its rating suggests, a brokerage position the rating does not credit",
        "degree" or "degree-centrality" or "strength" => "it has more direct ties than the rating suggests",
        _ => $"its {measure} is higher than the rating suggests",
    };

    private static string Overrated(string measure) => measure switch
    {
        "betweenness" => "few paths between others run through it, so its power rests on ties not recorded here or is overstated",
        "degree" or "degree-centrality" or "strength" => "it has few recorded ties, so its power rests on ties not recorded here or is overstated",
        _ => $"its {measure} is lower than the rating suggests: its power rests on ties not recorded here or is overstated",
    };
}
