using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Stakeholders.Network.Model;
using Stakeholders.Network.Reports.Model;
using Stakeholders.Network.Reports.Rendering;

namespace Stakeholders.Network.Reports.Tests;

/// <summary>
/// The report's JSON is written with compile-time metadata (so the Native AOT tool can write it); these tests hold it
/// to what the reflection serializer would write and to the model's whole type graph.
/// </summary>
public class ReportJsonTests
{
    [Test]
    public void Every_enum_the_model_reaches_is_written_as_a_string()
    {
        var enums = ReachableTypes(typeof(ReportModel)).Where(t => t.IsEnum).ToList();
        Assert.That(enums, Does.Contain(typeof(DrawingColorBy)).And.Contain(typeof(StakeholderKind)), "the walk reaches the model's enums");
        foreach (var type in enums)
        {
            Assert.That(ReportJson.Options.Converters.Any(c => c.CanConvert(type)), Is.True,
                $"{type.Name} is reachable from ReportModel but ReportJsonContext.EnumConverters has no converter for it");
        }
    }

    [Test]
    public void A_report_with_salience_ratings_is_written_and_read_back()
    {
        var model = StakeholderReport.Build(SalienceSectionTests.Rated(), new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime });
        Assert.That(model.Salience, Is.Not.Null);
        var json = ReportJson.Serialize(model);
        Assert.That(json, Does.Contain("\"salience\": {"));
        Assert.That(json, Does.Not.Contain("cancellationToken").IgnoreCase, "a cancellation token is not data");
        Assert.That(json, Does.Contain("\"quadrant\": \"manageClosely\"").Or.Contain("\"quadrant\": \"keepSatisfied\""), "enums as camelCase strings");
        var back = ReportJson.Deserialize(json);
        Assert.That(ReportJson.Serialize(back), Is.EqualTo(json));
    }

    [Test]
    public void Generated_metadata_writes_what_the_reflection_serializer_writes()
    {
        var reflection = new JsonSerializerOptions(ReportJson.Options)
        {
            TypeInfoResolver = ReportJsonContext.WithoutCancellationTokens(new DefaultJsonTypeInfoResolver()),
        };
        foreach (var model in new[]
                 {
                     SampleReports.Model(),
                     StakeholderReport.Build(SalienceSectionTests.Rated(), new StakeholderReportOptions { GeneratedAt = SampleReports.FixedTime }),
                 })
        {
            Assert.That(ReportJson.Serialize(model), Is.EqualTo(JsonSerializer.Serialize(model, reflection) + "\n"));
        }
    }

    [Test]
    public void Reading_text_that_is_not_a_model_is_a_json_error()
    {
        Assert.Throws<JsonException>(() => ReportJson.Deserialize("null"));
        Assert.Throws<JsonException>(() => ReportJson.Deserialize("{\"title\": 3}"));
        Assert.Throws<JsonException>(() => ReportJson.Deserialize("[1, 2"));
    }

    private static HashSet<Type> ReachableTypes(Type root)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([root]);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type) || type == typeof(string) || type == typeof(CancellationToken) || type.IsPrimitive)
            {
                continue;
            }

            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
            {
                pending.Push(argument);
            }

            if (type.Namespace?.StartsWith("Stakeholders", StringComparison.Ordinal) == true)
            {
                foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
                {
                    pending.Push(property.PropertyType);
                }
            }
        }

        return seen;
    }
}
