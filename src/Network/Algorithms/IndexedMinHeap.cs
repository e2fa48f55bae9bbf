namespace Stakeholders.Network.Algorithms;

/// <summary>
/// The one priority queue of the shortest-path searches: a binary min-heap of the vertices 0..n−1 keyed by tentative
/// distance, with decrease-key. Equal keys are ordered by vertex number, lower first, so the pop order — and so every
/// sum taken in settle order — depends on the graph alone, never on the order of insertions. A popped vertex leaves no
/// trace, so an emptied heap is ready for the next source: sized once per worker, it allocates nothing per search.
/// </summary>
internal sealed class IndexedMinHeap
{
    private readonly int[] _items;
    private readonly double[] _keys;
    private readonly int[] _position;
    private int _count;

    /// <summary>Creates an empty heap for the vertices 0..<paramref name="capacity"/>−1.</summary>
    public IndexedMinHeap(int capacity)
    {
        _items = new int[capacity];
        _keys = new double[capacity];
        _position = new int[capacity];
        Array.Fill(_position, -1);
    }

    /// <summary>The number of vertices in the heap.</summary>
    public int Count => _count;

    /// <summary>Whether <paramref name="vertex"/> is in the heap.</summary>
    public bool Contains(int vertex) => _position[vertex] >= 0;

    /// <summary>Inserts <paramref name="vertex"/> with <paramref name="key"/>, or lowers its key when it is already in the heap.</summary>
    public void InsertOrDecrease(int vertex, double key)
    {
        var i = _position[vertex];
        if (i < 0)
        {
            i = _count++;
        }

        SiftUp(i, vertex, key);
    }

    /// <summary>Removes and returns the vertex with the smallest key (the lowest-numbered one among equal keys).</summary>
    public int PopMin()
    {
        var top = _items[0];
        _position[top] = -1;
        var last = --_count;
        if (last > 0)
        {
            SiftDown(_items[last], _keys[last]);
        }

        return top;
    }

    /// <summary>The heap order: by key, then by vertex number.</summary>
    private static bool Before(double keyA, int a, double keyB, int b) => keyA < keyB || (keyA == keyB && a < b);

    private void SiftUp(int i, int vertex, double key)
    {
        var items = _items;
        var keys = _keys;
        var position = _position;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Before(key, vertex, keys[parent], items[parent]))
            {
                break;
            }

            items[i] = items[parent];
            keys[i] = keys[parent];
            position[items[i]] = i;
            i = parent;
        }

        items[i] = vertex;
        keys[i] = key;
        position[vertex] = i;
    }

    private void SiftDown(int vertex, double key)
    {
        var items = _items;
        var keys = _keys;
        var position = _position;
        var count = _count;
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Before(keys[child + 1], items[child + 1], keys[child], items[child]))
            {
                child++;
            }

            if (!Before(keys[child], items[child], key, vertex))
            {
                break;
            }

            items[i] = items[child];
            keys[i] = keys[child];
            position[items[i]] = i;
            i = child;
        }

        items[i] = vertex;
        keys[i] = key;
        position[vertex] = i;
    }
}
