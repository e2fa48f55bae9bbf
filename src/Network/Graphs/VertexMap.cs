using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Stakeholders.Network.Graphs;

/// <summary>A read-only view of a vertex-indexed array keyed by vertex id, in vertex order; nothing is copied.</summary>
internal sealed class VertexMap<T>(CsrGraph graph, T[] values) : IReadOnlyDictionary<string, T>
{
    public T this[string key] => values[graph.IndexOf(key)];

    public IEnumerable<string> Keys => graph.VertexIds;

    public IEnumerable<T> Values => values;

    public int Count => values.Length;

    public bool ContainsKey(string key) => graph.TryGetIndex(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
    {
        if (graph.TryGetIndex(key, out var v))
        {
            value = values[v];
            return true;
        }

        value = default;
        return false;
    }

    public IEnumerator<KeyValuePair<string, T>> GetEnumerator()
    {
        for (var v = 0; v < values.Length; v++)
        {
            yield return new KeyValuePair<string, T>(graph.IdOf(v), values[v]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
