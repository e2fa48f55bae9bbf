using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.IO;

/// <summary>A numeric node attribute an export carries: a score (double) or the community (integer).</summary>
/// <param name="Name">The attribute name (the measure name, or <c>community</c>).</param>
/// <param name="IsInteger">Whether every value is an integer (written as GraphML <c>int</c>, GEXF <c>integer</c>).</param>
internal readonly record struct NumericField(string Name, bool IsInteger);

/// <summary>
/// What one export writes, shared by the GraphML, GEXF, node-link, Cytoscape.js and graphology writers: the stakeholders
/// and ties (all of a network, or those a projection kept), the direction, numeric node attributes (scores and community,
/// NaN = no value), positions, and whether evidence and details (descriptions, free attributes) are written.
/// </summary>
internal sealed class ExportView
{
    private static readonly IReadOnlyDictionary<string, double> NoNumbers = new Dictionary<string, double>();

    private readonly Dictionary<string, Dictionary<string, double>> _numbers;

    private ExportView(
        StakeholderNetwork network, IReadOnlyList<Stakeholder> stakeholders, IReadOnlyList<Tie> ties, bool directed,
        IReadOnlyList<NumericField> numericFields, Dictionary<string, Dictionary<string, double>> numbers, NetworkExportOptions options)
    {
        Network = network;
        Stakeholders = options.IncludeDetails
            ? stakeholders
            : stakeholders.Select(s => s with { Description = null, Attributes = Stakeholder.EmptyAttributes }).ToArray();
        Description = options.IncludeDetails ? network.Description : null;
        Ties = options.IncludeEvidence ? ties : ties.Select(t => t.Evidence.Count == 0 ? t : t with { Evidence = [] }).ToArray();
        if (!options.IncludeDetails)
        {
            Ties = Ties.Select(t => t.Attributes.Count == 0 ? t : t with { Attributes = Stakeholder.EmptyAttributes }).ToArray();
        }

        Directed = directed;
        NumericFields = numericFields;
        _numbers = numbers;
        Options = options;
        Multigraph = HasParallelTies(Ties, directed);
        var reservedNode = new List<string>(numericFields.Select(f => f.Name));
        if (options.Positions is not null)
        {
            reservedNode.AddRange(["x", "y"]);
        }

        ReservedNodeNames = reservedNode;
    }

    public StakeholderNetwork Network { get; }

    /// <summary>The network's description as written (null when details are left out).</summary>
    public string? Description { get; }

    public IReadOnlyList<Stakeholder> Stakeholders { get; }

    public IReadOnlyList<Tie> Ties { get; }

    public bool Directed { get; }

    /// <summary>True when two written ties join the same pair (ordered when directed, unordered when not).</summary>
    public bool Multigraph { get; }

    public IReadOnlyList<NumericField> NumericFields { get; }

    public NetworkExportOptions Options { get; }

    /// <summary>Node attribute names the numeric fields and positions take, so a free attribute of the same name is prefixed.</summary>
    public IReadOnlyList<string> ReservedNodeNames { get; }

    public bool HasPositions => Options.Positions is not null;

    public static ExportView Of(StakeholderNetwork network, NetworkExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= NetworkExportOptions.Default;
        return new ExportView(network, network.Stakeholders, network.Ties, options.Directed, [], [], options);
    }

    /// <summary>The stakeholders and ties a projection kept, its direction, and (when given) the analysis's scores and community.</summary>
    /// <exception cref="ArgumentException">The result was not computed on this projection (other vertices or direction).</exception>
    public static ExportView Of(NetworkProjection projection, AnalysisResult? result, NetworkExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(projection);
        options ??= NetworkExportOptions.Default;
        var graph = projection.Graph;
        var stakeholders = new Stakeholder[graph.VertexCount];
        for (var v = 0; v < stakeholders.Length; v++)
        {
            stakeholders[v] = projection.StakeholderOf(v);
        }

        var ties = options.MergeParallelTies ? MergedTies(projection) : projection.KeptTieIndices.Select(i => projection.Network.Ties[i]).ToArray();
        var fields = new List<NumericField>();
        var numbers = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        if (result is not null)
        {
            if (result.Nodes.Count != stakeholders.Length || result.Network.Directed != graph.IsDirected
                || result.Nodes.Any(row => (uint)row.Vertex >= (uint)stakeholders.Length || stakeholders[row.Vertex].Id != row.Id))
            {
                throw new ArgumentException(
                    "The analysis result was not computed on this projection (its stakeholders or direction differ); project the network with the options the analysis used.",
                    nameof(result));
            }

            fields.AddRange(result.Measures.Select(m => new NumericField(m, false)));
            if (result.Communities is not null)
            {
                fields.Add(new NumericField("community", true));
            }

            foreach (var row in result.Nodes)
            {
                var values = new Dictionary<string, double>(StringComparer.Ordinal);
                foreach (var m in result.Measures)
                {
                    values[m] = row.Scores[m];
                }

                if (result.Communities is { } c)
                {
                    values["community"] = c.Membership[row.Vertex];
                }

                numbers[row.Id] = values;
            }
        }

        return new ExportView(projection.Network, stakeholders, ties, graph.IsDirected, fields, numbers, options with { Directed = graph.IsDirected });
    }

    /// <summary>The numeric values of a stakeholder, NaN where a measure is undefined.</summary>
    public IReadOnlyDictionary<string, double> NumbersOf(string id) => _numbers.TryGetValue(id, out var values) ? values : NoNumbers;

    /// <summary>The value of a numeric field, or null when missing or not finite (written as an absent value or JSON null).</summary>
    public double? NumberOf(string id, string field) =>
        NumbersOf(id).TryGetValue(field, out var value) && double.IsFinite(value) ? value : null;

    public NodePosition? PositionOf(string id) =>
        Options.Positions is { } positions && positions.TryGetValue(id, out var p) ? p : null;

    /// <summary>The name a free node attribute is written under (prefixed when it clashes with a fixed or numeric name).</summary>
    public string NodeAttributeName(string key) =>
        ReservedNodeNames.Contains(key, StringComparer.OrdinalIgnoreCase) ? FlatModel.AttributePrefix + key : FlatModel.NodeAttributeName(key);

    /// <summary>
    /// One tie per edge of the projected graph (per arc when directed), standing for the ties merged into it: the first
    /// tie's id, the distinct types joined by <c>+</c>, the edge weight as strength (1 when unweighted), the highest
    /// confidence, every tie's evidence, and the attributes <c>tieIds</c> (JSON array) and <c>tieCount</c>.
    /// </summary>
    private static Tie[] MergedTies(NetworkProjection projection)
    {
        var graph = projection.Graph;
        var merged = new List<Tie>(graph.EdgeCount);
        foreach (var (u, v, weight) in graph.Edges())
        {
            var behind = projection.TiesBetween(u, v);
            if (behind.Count == 1)
            {
                merged.Add(behind[0]);
                continue;
            }

            var first = behind[0];
            var types = behind.Select(t => t.Type.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            merged.Add(new Tie(graph.IdOf(u), graph.IdOf(v), new TieType(string.Join("+", types)))
            {
                Id = first.Id,
                Strength = graph.IsWeighted ? weight : 1.0,
                Confidence = behind.Max(t => t.Confidence),
                Evidence = [.. behind.SelectMany(t => t.Evidence)],
                Attributes = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["tieIds"] = FlatModel.JsonStrings(behind.Select(t => t.Id)),
                    ["tieCount"] = behind.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
            });
        }

        return [.. merged];
    }

    private static bool HasParallelTies(IReadOnlyList<Tie> ties, bool directed)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var t in ties)
        {
            var pair = directed || string.CompareOrdinal(t.Source, t.Target) <= 0 ? (t.Source, t.Target) : (t.Target, t.Source);
            if (!pairs.Add(pair))
            {
                return true;
            }
        }

        return false;
    }
}
