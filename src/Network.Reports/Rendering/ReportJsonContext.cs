using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.Model;
using Stakeholders.Network.Reports.Model;

namespace Stakeholders.Network.Reports.Rendering;

/// <summary>Compile-time serializer metadata for <see cref="ReportModel"/> (System.Text.Json source generation).</summary>
[JsonSerializable(typeof(ReportModel))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The generated metadata with every <see cref="CancellationToken"/> property left unwritten: the options records the
    /// model carries (the salience options, say) hold one, and it is neither data nor serialisable (its wait handle). The
    /// property stays in the contract so the records' init-only properties still bind when a model is read back.
    /// </summary>
    internal static IJsonTypeInfoResolver WithoutCancellationTokens(IJsonTypeInfoResolver resolver) =>
        resolver.WithAddedModifier(static info =>
        {
            foreach (var property in info.Properties)
            {
                if (property.PropertyType == typeof(CancellationToken))
                {
                    property.ShouldSerialize = static (_, _) => false;
                }
            }
        });

    /// <summary>
    /// One string converter per enum the model reaches. Listed by hand because the reflection-free serializer cannot
    /// make them on demand; <c>ReportJsonTests</c> walks the model's properties and fails when an enum is missing here.
    /// </summary>
    internal static IEnumerable<JsonConverter> EnumConverters(JsonNamingPolicy naming)
    {
        yield return new JsonStringEnumConverter<DrawingColorBy>(naming);
        yield return new JsonStringEnumConverter<StakeholderKind>(naming);
        yield return new JsonStringEnumConverter<DatePrecision>(naming);
        yield return new JsonStringEnumConverter<SalienceClass>(naming);
        yield return new JsonStringEnumConverter<PowerInterestQuadrant>(naming);
        yield return new JsonStringEnumConverter<WeightSource>(naming);
        yield return new JsonStringEnumConverter<WeightMeaning>(naming);
    }
}
