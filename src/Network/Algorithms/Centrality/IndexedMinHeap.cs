namespace Stakeholders.Network.Algorithms.Centrality;

/// <summary>
/// A binary min-heap of vertices keyed by tentative distance, with decrease-key. Sized once for n vertices and reused
/// across sources, so Dijkstra allocates nothing per source.
/// </summary>
internal sealed class IndexedMinHeap
{
    private readonly int[] _items;
    private readonly double[] _keys;
    private readonly int[] _position;
    private int _count;

    public IndexedMinHeap(int capacity)
    {
        _items = new int[capacity];
        _keys = new double[capacity];
        _position = new int[capacity];
        Array.Fill(_position, -1);
    }

    public int Count => _count;

    public bool Contains(int vertex) => _position[vertex] >= 0;

    /// <summary>Inserts <paramref name="vertex"/> or lowers its key.</summary>
    public void InsertOrDecrease(int vertex, double key)
    {
        var i = _position[vertex];
        if (i < 0)
        {
            i = _count++;
        }

        SiftUp(i, vertex, key);
    }

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

    private void SiftUp(int i, int vertex, double key)
    {
        var items = _items;
        var keys = _keys;
        var position = _position;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (keys[parent] <= key)
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

            if (child + 1 < count && keys[child + 1] < keys[child])
            {
                child++;
            }

            if (keys[child] >= key)
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
