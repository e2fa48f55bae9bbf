using Stakeholders.Network.IO;
using Stakeholders.Network.Model;
using Stakeholders.Network.Reports;
using Stakeholders.Network.Reports.Rendering;

namespace Stakeholders.Examples;

/// <summary>The policy report from code: what <c>stakeholders report</c> does, for a scheduled job or a service.</summary>
public static class ReportExamples
{
    /// <summary>Reads a network and writes the report; the extension of <paramref name="reportPath"/> picks HTML, Markdown or JSON.</summary>
    public static void WriteReport(string networkPath, string reportPath, DateTimeOffset generatedAt)
    {
        // begin-snippet: policy-report-code
        StakeholderNetwork network = NetworkFile.Read(networkPath);
        var options = new StakeholderReportOptions
        {
            Title = "Open Cooperation Forum: who matters",
            Measures = ["betweenness", "pagerank", "degree"],
            SizeMeasure = "betweenness",   // ranks the key actors and sizes the drawing's vertices
            Top = 5,
            Seed = 42,                     // communities and layout: same seed, same report
            GeneratedAt = generatedAt,     // fixed here so two runs give byte-identical files
        };
        var report = StakeholderReport.Build(network, options);
        ReportWriter.Write(report, reportPath); // .html (self-contained), .md or .json
        // end-snippet
    }
}
