using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms;

/// <summary>
/// The base of every result indexed by vertex: it knows its graph, so each value can be read by stakeholder id next to
/// the fast arrays indexed by vertex (<c>result.ScoreOf("id")</c> beside <c>result.Scores[v]</c>).
/// </summary>
public abstract record VertexResult
{
    /// <summary>The graph the result is indexed by (vertex <c>v</c> is <c>Graph.IdOf(v)</c>). Not serialised.</summary>
    [JsonIgnore]
    public required CsrGraph Graph { get; init; }

    /// <summary>The vertex of a stakeholder id.</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public int IndexOf(string id) => Graph.IndexOf(id);

    /// <summary>The vertex of a stakeholder id: false (and -1) when the graph has none with that id.</summary>
    public bool TryGetIndex(string id, out int vertex) => Graph.TryGetIndex(id, out vertex);

    /// <summary>A read-only dictionary view of <paramref name="values"/> keyed by stakeholder id (no copy).</summary>
    private protected IReadOnlyDictionary<string, T> ById<T>(T[] values) => new VertexMap<T>(Graph, values);

    /// <summary>Reads <paramref name="values"/> at the vertex of <paramref name="id"/>: false when the id is unknown.</summary>
    private protected bool TryRead<T>(T[] values, string id, [MaybeNullWhen(false)] out T value)
    {
        if (Graph.TryGetIndex(id, out var v))
        {
            value = values[v];
            return true;
        }

        value = default;
        return false;
    }
}

/// <summary>
/// The base of every result that is one value per vertex: <c>Scores[v]</c> (or <c>result[v]</c>) by vertex,
/// <see cref="ScoreOf"/>, <see cref="TryScoreOf"/> and the <see cref="ScoresById"/> view by stakeholder id.
/// </summary>
/// <typeparam name="T">The value type (a score, or a count such as a core number).</typeparam>
/// <param name="Scores">One value per vertex, <c>Scores[v]</c> for vertex <c>v</c>.</param>
public abstract record VertexScores<T>(T[] Scores) : VertexResult
{
    /// <summary>The value of vertex <paramref name="v"/>.</summary>
    public T this[int v] => Scores[v];

    /// <summary>The value of the stakeholder with id <paramref name="id"/>.</summary>
    /// <exception cref="UnknownStakeholderException">The graph has no vertex with that id.</exception>
    public T ScoreOf(string id) => Scores[IndexOf(id)];

    /// <summary>The value of the stakeholder with id <paramref name="id"/>: false when the graph has no such vertex.</summary>
    public bool TryScoreOf(string id, [MaybeNullWhen(false)] out T score) => TryRead(Scores, id, out score);

    /// <summary>The values keyed by stakeholder id, in vertex order (a view, nothing is copied).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, T> ScoresById => ById(Scores);
}
