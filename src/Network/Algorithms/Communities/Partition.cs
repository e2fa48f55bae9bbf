namespace Stakeholders.Network.Algorithms.Communities;

/// <summary>
/// A partition of the vertices <c>0..n-1</c> into disjoint communities that together cover every vertex exactly once.
/// Communities are numbered canonically: community 0 holds vertex 0, and each next number goes to the community of the
/// smallest vertex not yet in a numbered one. Two partitions that group the vertices the same way are therefore equal
/// member for member, whatever labels produced them.
/// </summary>
public sealed class Partition : IEquatable<Partition>
{
    private readonly int[] _membership;
    private readonly int[] _sizes;
    private int[][]? _members;

    private Partition(int[] canonicalMembership, int communityCount)
    {
        _membership = canonicalMembership;
        CommunityCount = communityCount;
        _sizes = new int[communityCount];
        foreach (var c in canonicalMembership)
        {
            _sizes[c]++;
        }
    }

    /// <summary>The number of vertices covered.</summary>
    public int VertexCount => _membership.Length;

    /// <summary>The number of communities.</summary>
    public int CommunityCount { get; }

    /// <summary>The community of each vertex, indexed by vertex (canonical numbering, 0..<see cref="CommunityCount"/>-1).</summary>
    public ReadOnlySpan<int> Membership => _membership;

    /// <summary>The number of vertices in each community.</summary>
    public ReadOnlySpan<int> Sizes => _sizes;

    /// <summary>The community of vertex <paramref name="v"/>.</summary>
    public int CommunityOf(int v) => _membership[v];

    /// <summary>The members of each community, each list ascending. Built once on first use.</summary>
    public IReadOnlyList<int[]> Members => _members ??= BuildMembers();

    /// <summary>A copy of the membership array.</summary>
    public int[] ToArray() => (int[])_membership.Clone();

    /// <summary>
    /// Builds a partition from arbitrary integer labels (any values, one per vertex): vertices with equal labels share a
    /// community; the communities are renumbered canonically. O(n) expected.
    /// </summary>
    public static Partition FromLabels(ReadOnlySpan<int> labels)
    {
        var membership = new int[labels.Length];
        var next = 0;
        var seen = new Dictionary<int, int>();
        for (var v = 0; v < labels.Length; v++)
        {
            if (!seen.TryGetValue(labels[v], out var c))
            {
                c = next++;
                seen.Add(labels[v], c);
            }

            membership[v] = c;
        }

        return new Partition(membership, next);
    }

    /// <summary>
    /// Labels that are already dense (each in 0..<paramref name="labelCount"/>-1) are renumbered in O(n) without hashing.
    /// </summary>
    internal static Partition FromDenseLabels(ReadOnlySpan<int> labels, int labelCount)
    {
        var map = new int[labelCount];
        Array.Fill(map, -1);
        var membership = new int[labels.Length];
        var next = 0;
        for (var v = 0; v < labels.Length; v++)
        {
            var l = labels[v];
            if (map[l] < 0)
            {
                map[l] = next++;
            }

            membership[v] = map[l];
        }

        return new Partition(membership, next);
    }

    /// <summary>
    /// Builds a partition from explicit communities over <paramref name="vertexCount"/> vertices.
    /// </summary>
    /// <exception cref="ArgumentException">A vertex is out of range, appears twice, or is missing.</exception>
    public static Partition FromCommunities(IEnumerable<IEnumerable<int>> communities, int vertexCount)
    {
        ArgumentNullException.ThrowIfNull(communities);
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        var labels = new int[vertexCount];
        Array.Fill(labels, -1);
        var c = 0;
        foreach (var community in communities)
        {
            ArgumentNullException.ThrowIfNull(community, nameof(communities));
            foreach (var v in community)
            {
                if ((uint)v >= (uint)vertexCount)
                {
                    throw new ArgumentException($"Vertex {v} is outside 0..{vertexCount - 1}.", nameof(communities));
                }

                if (labels[v] >= 0)
                {
                    throw new ArgumentException($"Vertex {v} appears in communities {labels[v]} and {c}; a partition covers each vertex once.", nameof(communities));
                }

                labels[v] = c;
            }

            c++;
        }

        var missing = Array.IndexOf(labels, -1);
        if (missing >= 0)
        {
            throw new ArgumentException($"Vertex {missing} is in no community; a partition must cover every vertex.", nameof(communities));
        }

        return FromDenseLabels(labels, c);
    }

    /// <summary>Every vertex in its own community.</summary>
    public static Partition Singletons(int vertexCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        var m = new int[vertexCount];
        for (var i = 0; i < m.Length; i++)
        {
            m[i] = i;
        }

        return new Partition(m, vertexCount);
    }

    /// <summary>Whether both partitions group the vertices identically.</summary>
    public bool Equals(Partition? other) =>
        other is not null && other.CommunityCount == CommunityCount && _membership.AsSpan().SequenceEqual(other._membership);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Partition);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(CommunityCount);
        foreach (var c in _membership)
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => $"Partition({VertexCount} vertices, {CommunityCount} communities)";

    private int[][] BuildMembers()
    {
        var members = new int[CommunityCount][];
        for (var c = 0; c < members.Length; c++)
        {
            members[c] = new int[_sizes[c]];
        }

        var fill = new int[CommunityCount];
        for (var v = 0; v < _membership.Length; v++)
        {
            var c = _membership[v];
            members[c][fill[c]++] = v;
        }

        return members;
    }
}
