namespace Stakeholders.Network.Algorithms.Centrality;

/// <summary>
/// Sums per-block partial arrays into one total in block order, whatever order the blocks finish in, so the
/// floating-point result does not depend on the number of threads. Buffers are recycled once folded, so memory stays near
/// one buffer per worker rather than one per block.
/// </summary>
internal sealed class OrderedBlockReducer
{
    private readonly Lock _gate = new();
    private readonly double[]?[] _finished;
    private readonly Stack<double[]> _free = new();
    private readonly int _length;
    private int _nextToFold;

    public OrderedBlockReducer(int length, int blockCount)
    {
        _length = length;
        Total = new double[length];
        _finished = new double[blockCount][];
    }

    /// <summary>The folded sum; complete once every block has been handed in.</summary>
    public double[] Total { get; }

    /// <summary>A zeroed buffer for one block's partial sums.</summary>
    public double[] Rent()
    {
        lock (_gate)
        {
            return _free.Count > 0 ? _free.Pop() : new double[_length];
        }
    }

    /// <summary>Hands in block <paramref name="block"/>'s partial sums and folds every block now ready, in order.</summary>
    public void Complete(int block, double[] partial)
    {
        lock (_gate)
        {
            _finished[block] = partial;
            var total = Total;
            while (_nextToFold < _finished.Length && _finished[_nextToFold] is { } ready)
            {
                for (var i = 0; i < total.Length; i++)
                {
                    total[i] += ready[i];
                }

                Array.Clear(ready);
                _free.Push(ready);
                _finished[_nextToFold] = null;
                _nextToFold++;
            }
        }
    }
}

/// <summary>Runs work split into fixed blocks on a bounded number of workers that claim blocks in increasing order.</summary>
internal static class BlockScheduler
{
    /// <summary>
    /// Calls <paramref name="worker"/> on up to <paramref name="maxDegreeOfParallelism"/> threads; each call claims blocks
    /// until none is left. The token cancels the run.
    /// </summary>
    public static void RunWorkers(int workerCount, int maxDegreeOfParallelism, CancellationToken cancellationToken, Action worker)
    {
        var workers = Math.Max(1, Math.Min(workerCount, maxDegreeOfParallelism));
        if (workers == 1)
        {
            worker();
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
        Parallel.For(0, workers, options, _ => worker());
    }

    /// <summary>The number of fixed blocks for <paramref name="itemCount"/> items: never depends on the thread count.</summary>
    public static int BlockCount(int itemCount, int maxBlocks) => Math.Max(1, Math.Min(itemCount, maxBlocks));

    /// <summary>The first item of block <paramref name="block"/> when <paramref name="itemCount"/> items form <paramref name="blockCount"/> blocks.</summary>
    public static int BlockStart(int block, int itemCount, int blockCount) => (int)((long)block * itemCount / blockCount);
}
