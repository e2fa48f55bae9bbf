using System.Text.Json;
using System.Text.Json.Serialization;
using Stakeholders.Dashboard;
using Stakeholders.Network.IO;

var builder = WebApplication.CreateBuilder(args);
var networkPath = builder.Configuration["Dashboard:NetworkPath"] ?? Path.Combine(AppContext.BaseDirectory, "data", "shijingshan-forum-2023.json");

// Load and validate the network once; the service is a singleton because the network is immutable and thread-safe.
builder.Services.AddSingleton(new DashboardService(NetworkFile.Read(networkPath)));

// JSON never fails on NaN or infinity: such a number is written as null (the responses carry the reason beside it).
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new FiniteOrNullConverter()));

var app = builder.Build();
app.UseDefaultFiles();
app.UseStaticFiles();

// GET /api/graph?format=cytoscape|graphology&tieTypes=SPOKE_AT,HOSTED&asOf=2023-09&minEvidence=1
app.MapGet("/api/graph", (DashboardService dashboard, string? format, string? tieTypes, string? asOf, string? minEvidence, CancellationToken ct) =>
{
    var shape = format ?? "cytoscape";
    if (shape is not ("cytoscape" or "graphology"))
    {
        return Results.Problem(statusCode: 400, title: "Bad query", detail: $"format: '{shape}' is not cytoscape or graphology");
    }

    if (!GraphFilter.TryParse(dashboard.Network, tieTypes, asOf, minEvidence, out var filter, out var reason))
    {
        return Results.Problem(statusCode: 400, title: "Bad query", detail: reason);
    }

    var json = dashboard.GraphJson(filter, shape == "cytoscape" ? NetworkFormat.Cytoscape : NetworkFormat.Graphology, ct);
    return Results.Text(json, "application/json");
});

// GET /api/stakeholders/{id}?tieTypes=...: the scores of one stakeholder, null plus the reason where undefined
app.MapGet("/api/stakeholders/{id}", (DashboardService dashboard, string id, string? tieTypes, string? asOf, string? minEvidence, CancellationToken ct) =>
    !GraphFilter.TryParse(dashboard.Network, tieTypes, asOf, minEvidence, out var filter, out var reason)
        ? Results.Problem(statusCode: 400, title: "Bad query", detail: reason)
        : dashboard.Scores(id, filter, ct) is { } scores
            ? Results.Ok(scores)
            : Results.Problem(statusCode: 404, title: "Unknown stakeholder", detail: $"no stakeholder '{id}' in the filtered graph"));

// GET /api/ego/{id}?radius=1&tieTypes=...: the ego network with its links
app.MapGet("/api/ego/{id}", (DashboardService dashboard, string id, int? radius, string? tieTypes, string? asOf, string? minEvidence, CancellationToken ct) =>
{
    if (radius is < 1 or > 3)
    {
        return Results.Problem(statusCode: 400, title: "Bad query", detail: $"radius: {radius} is not 1, 2 or 3");
    }

    if (!GraphFilter.TryParse(dashboard.Network, tieTypes, asOf, minEvidence, out var filter, out var reason))
    {
        return Results.Problem(statusCode: 400, title: "Bad query", detail: reason);
    }

    return dashboard.Ego(id, radius ?? 1, filter, ct) is { } ego
        ? Results.Ok(ego)
        : Results.Problem(statusCode: 404, title: "Unknown stakeholder", detail: $"no stakeholder '{id}' in the filtered graph");
});

app.Run();

/// <summary>The web application (public so that WebApplicationFactory can host it in tests).</summary>
public partial class Program;

/// <summary>Writes NaN and ±infinity as JSON null instead of throwing; reads null as NaN.</summary>
internal sealed class FiniteOrNullConverter : JsonConverter<double>
{
    public override bool HandleNull => true;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
