namespace Stakeholders.Network.Algorithms.Paths;

/// <summary>
/// A binary min-heap of vertices keyed by an external distance array, with decrease-key. Ties on the key are broken by
/// the lower vertex number so the pop order is fully determined. All storage is allocated once, O(n).
/// </summary>
internal struct IndexedMinHeap
{
    private const int Absent = -1;
    private const int Settled = -2;
    private readonly double[] _keys;
    private readonly int[] _heap;
    private readonly int[] _position;

    public IndexedMinHeap(double[] keys)
    {
        _keys = keys;
        _heap = new int[keys.Length];
        _position = new int[keys.Length];
        Array.Fill(_position, Absent);
        Count = 0;
    }

    public int Count { get; private set; }

    public readonly bool IsSettled(int v) => _position[v] == Settled;

    /// <summary>Inserts <paramref name="v"/> or, when present, restores the heap after its key went down.</summary>
    public void InsertOrDecrease(int v)
    {
        var i = _position[v];
        if (i == Absent)
        {
            i = Count++;
            _heap[i] = v;
            _position[v] = i;
        }

        SiftUp(i);
    }

    /// <summary>Removes and returns the vertex with the smallest key; it counts as settled afterwards.</summary>
    public int PopMin()
    {
        var top = _heap[0];
        _position[top] = Settled;
        var last = _heap[--Count];
        if (Count > 0)
        {
            _heap[0] = last;
            _position[last] = 0;
            SiftDown(0);
        }

        return top;
    }

    private readonly bool Less(int a, int b)
    {
        var ka = _keys[a];
        var kb = _keys[b];
        return ka < kb || (ka == kb && a < b);
    }

    private readonly void SiftUp(int i)
    {
        var v = _heap[i];
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            var p = _heap[parent];
            if (!Less(v, p))
            {
                break;
            }

            _heap[i] = p;
            _position[p] = i;
            i = parent;
        }

        _heap[i] = v;
        _position[v] = i;
    }

    private readonly void SiftDown(int i)
    {
        var v = _heap[i];
        var count = Count;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Less(_heap[child + 1], _heap[child]))
            {
                child++;
            }

            var c = _heap[child];
            if (!Less(c, v))
            {
                break;
            }

            _heap[i] = c;
            _position[c] = i;
            i = child;
        }

        _heap[i] = v;
        _position[v] = i;
    }
}
