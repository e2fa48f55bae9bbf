namespace Stakeholders.Network.Algorithms.Centrality;

/// <summary>
/// Splits the vertex range into fixed blocks for the power iterations: each block's partial sums land in their own slot
/// and are added up in block order, so norms and errors are bit-identical for every thread count.
/// </summary>
internal static class VertexBlocks
{
    public const int BlockSize = 4096;

    public static int Count(int n) => Math.Max(1, (n + BlockSize - 1) / BlockSize);

    /// <summary>Runs <paramref name="body"/>(block, start, end) over every block.</summary>
    public static void For(int n, int maxDegreeOfParallelism, CancellationToken cancellationToken, Action<int, int, int> body)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var blocks = Count(n);
        if (maxDegreeOfParallelism == 1 || blocks == 1)
        {
            for (var b = 0; b < blocks; b++)
            {
                body(b, b * BlockSize, Math.Min(n, (b + 1) * BlockSize));
            }

            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, blocks, options, b => body(b, b * BlockSize, Math.Min(n, (b + 1) * BlockSize)));
    }

    /// <summary>The sum of the block partials, in block order.</summary>
    public static double SumInOrder(double[] partials)
    {
        double sum = 0;
        foreach (var p in partials)
        {
            sum += p;
        }

        return sum;
    }
}
