using System.Runtime.CompilerServices;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Graphs;

/// <summary>
/// The positions in <see cref="StakeholderNetwork.Stakeholders"/> of every tie's source and target, computed once per
/// network and cached while the network lives, so projecting the same network many times (different dates, types,
/// weights) does not look every endpoint id up again. Thread-safe; networks are immutable, so the cache never goes stale.
/// </summary>
internal static class TieEndpointIndex
{
    private static readonly ConditionalWeakTable<StakeholderNetwork, int[]> Cache = [];

    /// <summary>Source of tie <c>t</c> at <c>[2t]</c>, target at <c>[2t + 1]</c>.</summary>
    public static int[] Of(StakeholderNetwork network) => Cache.GetValue(network, Compute);

    private static int[] Compute(StakeholderNetwork network)
    {
        var ties = network.Ties;
        var endpoints = new int[2 * ties.Count];
        for (var t = 0; t < ties.Count; t++)
        {
            endpoints[2 * t] = network.IndexOf(ties[t].Source);
            endpoints[(2 * t) + 1] = network.IndexOf(ties[t].Target);
        }

        return endpoints;
    }
}
