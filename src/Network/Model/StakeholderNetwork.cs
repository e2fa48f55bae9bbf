using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Stakeholders.Network.Model;

/// <summary>
/// An immutable, validated stakeholder network: stakeholders, the ties between them, and the documents the ties' evidence
/// comes from. Made by <see cref="StakeholderNetworkBuilder"/> or read by one of the readers in <c>Stakeholders.Network.IO</c>.
/// </summary>
/// <remarks>
/// Every tie's endpoints exist, every id is unique, dates, strengths and confidences are valid. Instances never change,
/// so they are safe to share between threads.
/// </remarks>
public sealed class StakeholderNetwork
{
    private readonly FrozenDictionary<string, int> _indexById;

    internal StakeholderNetwork(
        string? title,
        string? description,
        IReadOnlyList<SourceDocument> documents,
        IReadOnlyList<Stakeholder> stakeholders,
        IReadOnlyList<Tie> ties)
    {
        Title = title;
        Description = description;
        Documents = documents;
        Stakeholders = stakeholders;
        Ties = ties;
        _indexById = stakeholders.Select((s, i) => KeyValuePair.Create(s.Id, i)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>An empty network.</summary>
    public static StakeholderNetwork Empty { get; } = new(null, null, [], [], []);

    /// <summary>A title for the network, if any.</summary>
    public string? Title { get; }

    /// <summary>A description, if any.</summary>
    public string? Description { get; }

    /// <summary>The source documents evidence refers to.</summary>
    public IReadOnlyList<SourceDocument> Documents { get; }

    /// <summary>The stakeholders, in input order.</summary>
    public IReadOnlyList<Stakeholder> Stakeholders { get; }

    /// <summary>The ties, in input order.</summary>
    public IReadOnlyList<Tie> Ties { get; }

    /// <summary>The position of a stakeholder in <see cref="Stakeholders"/>, or -1.</summary>
    public int IndexOf(string id) => _indexById.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Whether a stakeholder with that id exists.</summary>
    public bool Contains(string id) => _indexById.ContainsKey(id);

    /// <summary>Looks a stakeholder up by id.</summary>
    public bool TryGetStakeholder(string id, [NotNullWhen(true)] out Stakeholder? stakeholder)
    {
        if (_indexById.TryGetValue(id, out var i))
        {
            stakeholder = Stakeholders[i];
            return true;
        }

        stakeholder = null;
        return false;
    }

    /// <summary>The stakeholder with that id.</summary>
    /// <exception cref="KeyNotFoundException">No stakeholder has that id.</exception>
    public Stakeholder GetStakeholder(string id) =>
        TryGetStakeholder(id, out var s) ? s : throw new KeyNotFoundException($"No stakeholder has the id '{id}'.");

    /// <summary>A builder holding this network's content, to derive a changed copy.</summary>
    public StakeholderNetworkBuilder ToBuilder()
    {
        var builder = new StakeholderNetworkBuilder { Title = Title, Description = Description };
        foreach (var d in Documents)
        {
            builder.AddDocument(d);
        }

        foreach (var s in Stakeholders)
        {
            builder.AddStakeholder(s);
        }

        foreach (var t in Ties)
        {
            builder.AddTie(t);
        }

        return builder;
    }

    /// <summary>A copy that keeps only the ties the predicate accepts (all stakeholders stay).</summary>
    public StakeholderNetwork WithTies(Func<Tie, bool> keep) =>
        new(Title, Description, Documents, Stakeholders, Ties.Where(keep).ToArray());
}
