using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Stakeholders.Network.Reports.Model;

namespace Stakeholders.Network.Reports.Rendering;

/// <summary>
/// The report model as JSON: camelCase names, enums as camelCase strings, indented, non-finite numbers as
/// <c>"NaN"</c>/<c>"Infinity"</c>. Characters significant in HTML (<c>&lt; &gt; &amp; ' "</c>) are written as <c>\uXXXX</c>
/// escapes, so the JSON is safe to embed in a page; other Unicode is written as is.
/// </summary>
/// <remarks>
/// The serializer's metadata is generated at compile time (<see cref="ReportJsonContext"/>), not discovered by reflection,
/// so the same code runs in the Native AOT build of the command-line tool.
/// </remarks>
public static class ReportJson
{
    /// <summary>The serializer options used.</summary>
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises the model.</summary>
    public static string Serialize(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return JsonSerializer.Serialize(model, ModelInfo) + "\n";
    }

    /// <summary>Reads a model written by <see cref="Serialize"/>.</summary>
    /// <exception cref="JsonException">The text is not a report model.</exception>
    public static ReportModel Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ModelInfo) ?? throw new JsonException("The JSON holds null, not a report model.");

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<ReportModel> ModelInfo =>
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ReportModel>)Options.GetTypeInfo(typeof(ReportModel));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            TypeInfoResolver = ReportJsonContext.WithoutCancellationTokens(ReportJsonContext.Default),
        };
        foreach (var converter in ReportJsonContext.EnumConverters(JsonNamingPolicy.CamelCase))
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }
}
