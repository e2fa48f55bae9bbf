namespace Stakeholders.Network.Algorithms.Brokerage;

/// <summary>
/// The five Gould–Fernandez brokerage roles of a broker b on a two-path a→b→c with a→c absent, plus their total.
/// The numeric order is R <c>sna::brokerage</c>'s column order (w_I, w_O, b_IO, b_OI, b_O, t).
/// </summary>
public enum BrokerageRole
{
    /// <summary>Coordinator (sna <c>w_I</c>): a, b and c in one group.</summary>
    Coordinator = 0,

    /// <summary>Itinerant or consultant (sna <c>w_O</c>): a and c in one group, b in another.</summary>
    Itinerant = 1,

    /// <summary>Representative (sna <c>b_IO</c>): a and b in one group, c in another.</summary>
    Representative = 2,

    /// <summary>Gatekeeper (sna <c>b_OI</c>): b and c in one group, a in another.</summary>
    Gatekeeper = 3,

    /// <summary>Liaison (sna <c>b_O</c>): a, b and c in three different groups.</summary>
    Liaison = 4,

    /// <summary>All five roles together (sna <c>t</c>).</summary>
    Total = 5,
}

/// <summary>Options for <see cref="BrokerageMeasures.GouldFernandez"/>.</summary>
public sealed record GouldFernandezOptions : AlgorithmOptions
{
    /// <summary>The defaults.</summary>
    public static GouldFernandezOptions Default { get; } = new();

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public override void Validate()
    {
        base.Validate();
    }
}

/// <summary>One value per vertex for each <see cref="BrokerageRole"/>.</summary>
public sealed class BrokerageRoleTable
{
    private readonly double[][] _columns;

    internal BrokerageRoleTable(int vertexCount)
    {
        _columns = new double[6][];
        for (var r = 0; r < 6; r++)
        {
            _columns[r] = new double[vertexCount];
        }
    }

    /// <summary>The values of <paramref name="role"/>, indexed by vertex.</summary>
    public double[] this[BrokerageRole role] => _columns[(int)role];

    /// <summary>The value of <paramref name="role"/> for <paramref name="vertex"/>.</summary>
    public double this[BrokerageRole role, int vertex] => _columns[(int)role][vertex];

    internal double[] Column(int role) => _columns[role];
}

/// <summary>Network-level brokerage: one value per <see cref="BrokerageRole"/> (index by <c>(int)role</c>).</summary>
/// <param name="Raw">The role counts summed over all vertices (sna <c>raw.gli</c>).</param>
/// <param name="Expected">Their expectations under the null model (sna <c>exp.gli</c>).</param>
/// <param name="StandardDeviation">Their standard deviations under the null model (sna <c>sd.gli</c>).</param>
/// <param name="Z">(raw − expected) / sd (sna <c>z.gli</c>); NaN or ±∞ where the deviation is 0, as in sna.</param>
public sealed record GlobalBrokerage(double[] Raw, double[] Expected, double[] StandardDeviation, double[] Z)
{
    /// <summary>The z-score of <paramref name="role"/>.</summary>
    public double ZOf(BrokerageRole role) => Z[(int)role];
}

/// <summary>The result of <see cref="BrokerageMeasures.GouldFernandez"/>: per-vertex and global role counts, expectations and z-scores.</summary>
/// <param name="Raw">Role counts per vertex (sna <c>raw.nli</c>).</param>
/// <param name="Expected">Expected counts per vertex under the null model (sna <c>exp.nli</c>).</param>
/// <param name="StandardDeviation">Standard deviations per vertex (sna <c>sd.nli</c>).</param>
/// <param name="Z">(raw − expected) / sd per vertex (sna <c>z.nli</c>); NaN when both are 0 (e.g. a vertex alone in its group), ±∞ when only the deviation is.</param>
/// <param name="Global">The network-level values (sna <c>*.gli</c>).</param>
/// <param name="GroupSizes">The size of each group, by dense group index (groups numbered in order of first appearance, as sna's <c>unique(cl)</c>).</param>
/// <param name="Density">The density d = m / (n(n−1)) of the null model, m the number of arcs (both directions of an undirected edge, self-loops once).</param>
public sealed record GouldFernandezResult(
    BrokerageRoleTable Raw,
    BrokerageRoleTable Expected,
    BrokerageRoleTable StandardDeviation,
    BrokerageRoleTable Z,
    GlobalBrokerage Global,
    int[] GroupSizes,
    double Density) : VertexResult
{
    /// <summary>The count of <paramref name="role"/> for the stakeholder with id <paramref name="id"/> (sna <c>raw.nli</c>).</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public double RawOf(string id, BrokerageRole role) => Raw[role, IndexOf(id)];

    /// <summary>The z-score of <paramref name="role"/> for the stakeholder with id <paramref name="id"/> (sna <c>z.nli</c>).</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public double ZOf(string id, BrokerageRole role) => Z[role, IndexOf(id)];

    /// <summary>The counts of every role (and <see cref="BrokerageRole.Total"/>) of the stakeholder with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public IReadOnlyDictionary<BrokerageRole, double> RolesOf(string id)
    {
        var v = IndexOf(id);
        return Enum.GetValues<BrokerageRole>().ToDictionary(role => role, role => Raw[role, v]);
    }
}
