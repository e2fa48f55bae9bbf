using System.Reflection;
using Stakeholders.Network.Algorithms;
using Stakeholders.Network.Algorithms.Brokerage;
using Stakeholders.Network.Algorithms.Centrality;
using Stakeholders.Network.Algorithms.Cohesion;
using Stakeholders.Network.Algorithms.Communities;
using Stakeholders.Network.Algorithms.KeyPlayers;
using Stakeholders.Network.Algorithms.Multiplex;
using Stakeholders.Network.Algorithms.Paths;

namespace Stakeholders.Network.Tests.Conventions;

/// <summary>The facades' shape as docs/architecture.md "API conventions" states it, checked on the compiled API.</summary>
public sealed class ApiShapeTests
{
    private static readonly Type[] Facades =
    [
        typeof(CentralityMeasures), typeof(CommunityDetection), typeof(CohesionMeasures), typeof(BrokerageMeasures),
        typeof(PathFinding), typeof(KeyPlayerSearch), typeof(MultiplexMeasures),
    ];

    private static IEnumerable<MethodInfo> PublicStatics(Type t) => t.GetMethods(BindingFlags.Public | BindingFlags.Static);

    [Test]
    public void No_facade_method_returns_a_bare_per_vertex_array()
    {
        var bare = Facades.SelectMany(PublicStatics)
            .Where(m => m.ReturnType == typeof(double[]) || m.ReturnType == typeof(int[]) || m.ReturnType == typeof(double[][]))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToArray();
        Assert.That(bare, Is.Empty, "per-stakeholder values come back as a result record (VertexScores<T> or one with XOf(id) reads)");
    }

    [Test]
    public void TryX_stands_beside_X_exactly_where_X_can_stop_without_converging()
    {
        var tries = Facades.SelectMany(PublicStatics).Where(m => m.Name.StartsWith("Try", StringComparison.Ordinal)).ToArray();
        Assert.That(tries.Select(m => m.Name).Distinct(), Is.EquivalentTo(new[] { "TryEigenvector", "TryPageRank", "TryKatz", "TryHits", "TryLabelPropagation" }));
        foreach (var t in tries)
        {
            var x = PublicStatics(t.DeclaringType!).Where(m => m.Name == t.Name[3..]).ToArray();
            Assert.That(x, Is.Not.Empty, $"{t.Name} has its X beside it");
            var parameters = t.GetParameters();
            Assert.Multiple(() =>
            {
                Assert.That(t.ReturnType, Is.EqualTo(typeof(bool)), t.Name);
                Assert.That(parameters[^1].IsOut, Is.True, $"{t.Name}(graph, options, out result)");
                Assert.That(parameters[^1].ParameterType.GetElementType(), Is.EqualTo(x[0].ReturnType), $"{t.Name} gives what {x[0].Name} returns");
            });
        }
    }

    [Test]
    public void Facade_methods_take_cancellation_in_their_options_never_as_a_parameter()
    {
        var entryPoints = new[]
        {
            typeof(Stakeholders.Network.Analysis.NetworkAnalyzer), typeof(Stakeholders.Network.Analysis.RankStability),
            typeof(Stakeholders.Network.Analysis.PeriodComparison), typeof(Stakeholders.Network.Analysis.PartitionSignificance),
            typeof(Stakeholders.Network.Analysis.SalienceAnalysis), typeof(Stakeholders.Network.Analysis.UncertaintyAnalysis),
        };
        var withToken = Facades.Concat(entryPoints).SelectMany(PublicStatics)
            .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .Distinct()
            .ToArray();
        Assert.That(withToken, Is.Empty, "cancellation travels in the options record");
    }

    [Test]
    public void One_value_per_vertex_results_read_by_id_through_VertexScores()
    {
        var perVertex = new[]
        {
            typeof(CentralityResult), typeof(IterativeCentralityResult), typeof(CoreNumbersResult), typeof(TrianglesResult),
            typeof(ClusteringResult), typeof(OverlappingDegreeResult), typeof(ParticipationResult),
        };
        Assert.That(perVertex.Where(t => !(t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(VertexScores<>))), Is.Empty);
    }
}
