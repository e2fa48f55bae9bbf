using System.Collections.Concurrent;
using Stakeholders.Network.Graphs;

namespace Stakeholders.Network.Algorithms.KeyPlayers;

/// <summary>Greedy swap search (Borgatti 2006) and exhaustive search over k-sets for any <see cref="KeyPlayerObjective"/>.</summary>
internal sealed class KeyPlayerSearcher
{
    /// <summary>A swap must beat the current score by more than this to count, so rounding noise cannot make the climb cycle.</summary>
    private const double ImprovementEpsilon = 1e-12;

    private readonly CsrGraph _graph;
    private readonly int _n;
    private readonly int _k;
    private readonly KeyPlayerObjective _objective;
    private readonly KeyPlayerOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly ConcurrentBag<Workspace> _pool = [];
    private long _evaluations;
    private int _swaps;

    public KeyPlayerSearcher(CsrGraph graph, int k, KeyPlayerObjective objective, KeyPlayerOptions options, CancellationToken cancellationToken)
    {
        _graph = graph;
        _n = graph.VertexCount;
        _k = k;
        _objective = objective;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    public KeyPlayerResult Run() => _options.Search == KeyPlayerSearchStrategy.Exhaustive ? Exhaustive() : Greedy();

    /// <summary>Scores one set.</summary>
    public static double ScoreOf(int vertexCount, KeyPlayerObjective objective, ReadOnlySpan<int> members)
    {
        var workspace = new Workspace(vertexCount);
        workspace.SetMembers(members);
        return objective.Score(workspace, members.Length);
    }

    /// <summary>The number of k-subsets of n, or long.MaxValue when it exceeds <paramref name="cap"/>.</summary>
    public static long CountSets(int n, int k, long cap)
    {
        k = Math.Min(k, n - k);
        Int128 count = 1;
        for (var i = 1; i <= k; i++)
        {
            count = count * (n - k + i) / i;
            if (count > cap)
            {
                return long.MaxValue;
            }
        }

        return (long)count;
    }

    private KeyPlayerResult Greedy()
    {
        var random = new Random(_options.Seed);
        var order = new int[_n];
        int[]? best = null;
        var bestScore = double.NegativeInfinity;
        for (var restart = 0; restart < _options.Restarts; restart++)
        {
            _cancellationToken.ThrowIfCancellationRequested();

            // A uniformly random k-set: the first k places of a partial Fisher–Yates shuffle of 0..n-1.
            for (var i = 0; i < _n; i++)
            {
                order[i] = i;
            }

            for (var i = 0; i < _k; i++)
            {
                var j = random.Next(i, _n);
                (order[i], order[j]) = (order[j], order[i]);
            }

            var members = order[.._k];
            Array.Sort(members);
            var score = Climb(members);
            if (score > bestScore)
            {
                bestScore = score;
                best = members;
            }
        }

        return new KeyPlayerResult(best!, bestScore, KeyPlayerSearchStrategy.Greedy, _evaluations, _swaps) { Graph = _graph };
    }

    /// <summary>
    /// Steepest ascent over swaps: score every (member u, non-member v) exchange, make the best one if it improves the
    /// score, repeat. Candidates are scored in parallel, each by one thread; the winner is picked in a fixed order
    /// (non-members ascending, then members ascending, first strict maximum), so the path does not depend on threads.
    /// </summary>
    private double Climb(int[] members)
    {
        var current = ScoreOf(_n, _objective, members);
        _evaluations++;
        var outsiders = new int[_n - _k];
        var candidateScore = new double[_n - _k];
        var candidateSlot = new int[_n - _k];
        var inSet = new bool[_n];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = _cancellationToken };
        while (true)
        {
            Array.Clear(inSet);
            foreach (var m in members)
            {
                inSet[m] = true;
            }

            var c = 0;
            for (var v = 0; v < _n; v++)
            {
                if (!inSet[v])
                {
                    outsiders[c++] = v;
                }
            }

            Parallel.For(
                0,
                outsiders.Length,
                parallel,
                () =>
                {
                    var ws = _pool.TryTake(out var pooled) ? pooled : new Workspace(_n);
                    ws.SetMembers(members);
                    return ws;
                },
                (ci, _, ws) =>
                {
                    var v = outsiders[ci];
                    ws.InSet[v] = true;
                    var bestHere = double.NegativeInfinity;
                    var slotHere = -1;
                    for (var slot = 0; slot < members.Length; slot++)
                    {
                        var u = members[slot];
                        ws.InSet[u] = false;
                        var s = _objective.Score(ws, _k);
                        ws.InSet[u] = true;
                        if (s > bestHere)
                        {
                            bestHere = s;
                            slotHere = slot;
                        }
                    }

                    ws.InSet[v] = false;
                    candidateScore[ci] = bestHere;
                    candidateSlot[ci] = slotHere;
                    return ws;
                },
                ws => _pool.Add(ws));
            _evaluations += (long)members.Length * outsiders.Length;

            var winner = -1;
            var winnerScore = double.NegativeInfinity;
            for (var ci = 0; ci < outsiders.Length; ci++)
            {
                if (candidateScore[ci] > winnerScore)
                {
                    winnerScore = candidateScore[ci];
                    winner = ci;
                }
            }

            if (winner < 0 || !(winnerScore > current + ImprovementEpsilon))
            {
                return current;
            }

            members[candidateSlot[winner]] = outsiders[winner];
            Array.Sort(members);
            current = winnerScore;
            _swaps++;
        }
    }

    private KeyPlayerResult Exhaustive()
    {
        var combination = new int[_k];
        for (var i = 0; i < _k; i++)
        {
            combination[i] = i;
        }

        var workspace = new Workspace(_n);
        var best = (int[])combination.Clone();
        var bestScore = double.NegativeInfinity;
        while (true)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            workspace.SetMembers(combination);
            var score = _objective.Score(workspace, _k);
            _evaluations++;
            if (score > bestScore)
            {
                bestScore = score;
                combination.CopyTo(best, 0);
            }

            // Next combination in lexicographic order.
            var i = _k - 1;
            while (i >= 0 && combination[i] == _n - _k + i)
            {
                i--;
            }

            if (i < 0)
            {
                break;
            }

            combination[i]++;
            for (var j = i + 1; j < _k; j++)
            {
                combination[j] = combination[j - 1] + 1;
            }
        }

        return new KeyPlayerResult(best, bestScore, KeyPlayerSearchStrategy.Exhaustive, _evaluations, 0) { Graph = _graph };
    }
}
