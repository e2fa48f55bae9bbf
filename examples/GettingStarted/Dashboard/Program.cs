// begin-snippet: dashboard-program
using Stakeholders.Network;
using Stakeholders.Network.Analysis;
using Stakeholders.Network.Graphs;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

// Usage: dotnet run -- <network file>     then GET /api/graph?tieTypes=SPOKE_AT,HOSTED&asOf=2023-09-03 or /api/ego/{id}
var builder = WebApplication.CreateBuilder(args);

// Load and validate once: the network is immutable, so every request can share it without locks.
StakeholderNetwork network = NetworkFile.Read(args[0]);
string[] measures = ["degree", "betweenness", "pagerank", "constraint"];
var app = builder.Build();

// The graph for Cytoscape.js (cytoscape({ elements })), recomputed for the filter in the query: every score and the
// community are numbers on each node; a score that is undefined for a stakeholder is null, never NaN.
app.MapGet("/api/graph", (string? tieTypes, string? asOf, CancellationToken cancellationToken) =>
{
    ProjectionOptions projection;
    try
    {
        projection = new ProjectionOptions
        {
            WeightSource = WeightSource.None,
            TieTypes = tieTypes?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => new TieType(t)).ToArray(),
            AsOf = asOf is null ? null : PartialDate.Parse(asOf),
        };
        projection.Validate();
    }
    catch (Exception e) when (e is FormatException or ArgumentException)
    {
        return Results.Problem(statusCode: 400, title: "Bad filter", detail: e.Message);
    }

    var options = new AnalysisOptions { Measures = measures, Communities = "louvain", Seed = 42, CancellationToken = cancellationToken };
    AnalysisResult result = NetworkAnalyzer.Analyze(network, options, projection);
    string json = NetworkExport.Serialize(NetworkProjection.Project(network, projection), result, NetworkFormat.Cytoscape,
        new NetworkExportOptions { IncludeEvidence = false });
    return Results.Text(json, "application/json");
});

// One stakeholder's neighbourhood: its members and the links among them, with the ties behind each link.
app.MapGet("/api/ego/{id}", (string id, int? radius) =>
{
    var projection = NetworkProjection.Project(network, new ProjectionOptions { WeightSource = WeightSource.None });
    try
    {
        var ego = StakeholderEgoNetwork.Of(projection, id, new() { Radius = radius ?? 1 });
        return Results.Ok(new
        {
            ego = id,
            members = ego.Members.Select(m => m.Id),
            links = ego.Links.Select(l => new { source = l.Source, target = l.Target, ties = l.TieIds }),
            effectiveSize = ego.EffectiveSize,           // null for an isolated stakeholder
            effectiveSizeNote = ego.EffectiveSizeNote,   // and the reason why
        });
    }
    catch (UnknownStakeholderException)
    {
        return Results.Problem(statusCode: 404, title: "Unknown stakeholder", detail: $"no stakeholder '{id}' in the network");
    }
    catch (InvalidOptionException e)
    {
        return Results.Problem(statusCode: 400, title: $"Bad {e.OptionName}", detail: e.Reason);
    }
});

app.Run();
// end-snippet
