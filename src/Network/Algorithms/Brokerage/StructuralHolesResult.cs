using System.Text.Json.Serialization;

namespace Stakeholders.Network.Algorithms.Brokerage;

/// <summary>
/// Burt's structural-hole measures of every vertex, indexed by vertex. A vertex without contacts has NaN everywhere
/// (as NetworkX, which leaves these measures undefined for isolated vertices).
/// </summary>
/// <param name="Constraint">Burt's aggregate constraint C_i (NetworkX <c>constraint</c>).</param>
/// <param name="EffectiveSize">Burt's effective size (NetworkX <c>effective_size</c>).</param>
/// <param name="Efficiency">Effective size over contacts or degree (see <see cref="StructuralHolesOptions.EfficiencyDenominator"/>).</param>
/// <param name="Hierarchy">Burt's hierarchy H_i in [0, 1] (0 for a single contact).</param>
/// <param name="ContactOffsets">Row offsets (length n+1) into <paramref name="Contacts"/> and <paramref name="LocalConstraint"/>.</param>
/// <param name="Contacts">The contacts of each vertex, row by row, ascending (a vertex with a self-loop is its own contact, as in NetworkX).</param>
/// <param name="LocalConstraint">The local constraint c_ij of each vertex i by each of its contacts j, parallel to <paramref name="Contacts"/>.</param>
public sealed record StructuralHolesResult(
    double[] Constraint,
    double[] EffectiveSize,
    double[] Efficiency,
    double[] Hierarchy,
    int[] ContactOffsets,
    int[] Contacts,
    double[] LocalConstraint) : VertexResult
{
    /// <summary>Burt's constraint of the stakeholder with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public double ConstraintOf(string id) => Constraint[IndexOf(id)];

    /// <summary>Burt's effective size of the stakeholder with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public double EffectiveSizeOf(string id) => EffectiveSize[IndexOf(id)];

    /// <summary>Burt's efficiency of the stakeholder with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public double EfficiencyOf(string id) => Efficiency[IndexOf(id)];

    /// <summary>Burt's hierarchy of the stakeholder with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public double HierarchyOf(string id) => Hierarchy[IndexOf(id)];

    /// <summary>The constraints keyed by stakeholder id (a view).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, double> ConstraintById => ById(Constraint);

    /// <summary>The effective sizes keyed by stakeholder id (a view).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, double> EffectiveSizeById => ById(EffectiveSize);

    /// <summary>The efficiencies keyed by stakeholder id (a view).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, double> EfficiencyById => ById(Efficiency);

    /// <summary>The hierarchies keyed by stakeholder id (a view).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, double> HierarchyById => ById(Hierarchy);

    /// <summary>The ids of the contacts of the stakeholder with id <paramref name="id"/>, in vertex order.</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public IReadOnlyList<string> ContactIdsOf(string id)
    {
        var contacts = ContactsOf(IndexOf(id));
        var ids = new string[contacts.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Graph.IdOf(contacts[i]);
        }

        return ids;
    }

    /// <summary>The contacts of <paramref name="vertex"/>.</summary>
    public ReadOnlySpan<int> ContactsOf(int vertex) =>
        Contacts.AsSpan(ContactOffsets[vertex], ContactOffsets[vertex + 1] - ContactOffsets[vertex]);

    /// <summary>The local constraints on <paramref name="vertex"/>, parallel to <see cref="ContactsOf"/>.</summary>
    public ReadOnlySpan<double> LocalConstraintsOf(int vertex) =>
        LocalConstraint.AsSpan(ContactOffsets[vertex], ContactOffsets[vertex + 1] - ContactOffsets[vertex]);
}
