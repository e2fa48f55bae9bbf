using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Stakeholders.Network.IO;
using Stakeholders.Network.Model;

namespace Stakeholders.Network.Tests.IO;

/// <summary>
/// Reads our GraphML, GEXF, node-link, Pajek and DOT output with NetworkX, igraph, pydot and Graphviz
/// (<c>tests/interop/check_formats.py</c> under Debian's <c>/usr/bin/python3</c>) and checks they see the same nodes,
/// edges and attributes as the documented mappings say.
/// </summary>
public class InteropTests
{
    private const string Python = "/usr/bin/python3";

    [Test]
    public void Other_tools_read_our_files_as_documented()
    {
        var missing = MissingTools();
        if (missing is not null)
        {
            Assert.Ignore(missing);
        }

        var network = SampleNetworks.Rich();
        var dir = SampleNetworks.TempDirectory();
        try
        {
            var files = new Dictionary<string, string>
            {
                ["graphml"] = Path.Combine(dir, "rich.graphml"),
                ["graphml_directed"] = Path.Combine(dir, "rich-directed.graphml"),
                ["gexf13"] = Path.Combine(dir, "rich-1.3.gexf"),
                ["gexf12"] = Path.Combine(dir, "rich.gexf"),
                ["nodelink"] = Path.Combine(dir, "rich.nodelink.json"),
                ["pajek"] = Path.Combine(dir, "rich.net"),
                ["dot"] = Path.Combine(dir, "rich.dot"),
            };
            NetworkFile.Write(network, files["graphml"]);
            NetworkExport.Write(network, files["graphml_directed"], options: new NetworkExportOptions { Directed = true });
            GexfFormat.Write(network, files["gexf13"], GexfVersion.V1_3);
            NetworkFile.Write(network, files["gexf12"]);
            NetworkFile.Write(network, files["nodelink"]);
            NetworkFile.Write(network, files["pajek"]);
            NetworkFile.Write(network, files["dot"]);
            var expected = Path.Combine(dir, "expected.json");
            File.WriteAllText(expected, Expected(network, files));

            var (exitCode, output) = Run(Python, ScriptPath(), expected);
            TestContext.Out.WriteLine(output);
            Assert.That(exitCode, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("0 failed"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>The network as docs/formats.md says the graph formats carry it, written straight from the model.</summary>
    private static string Expected(StakeholderNetwork network, Dictionary<string, string> files)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteBoolean("directed", false);
            w.WriteStartObject("files");
            foreach (var (name, path) in files)
            {
                w.WriteString(name, path);
            }

            w.WriteEndObject();
            w.WriteStartArray("nodes");
            foreach (var s in network.Stakeholders)
            {
                w.WriteStartObject();
                w.WriteString("id", s.Id);
                w.WriteString("name", s.Name);
                w.WriteString("kind", s.Kind.ToName());
                if (s.OrganizationType != OrganizationType.Unspecified)
                {
                    w.WriteString("organization_type", s.OrganizationType.ToName());
                }

                w.WriteStartArray("aliases");
                foreach (var a in s.Aliases)
                {
                    w.WriteStringValue(a);
                }

                w.WriteEndArray();
                if (s.Description is not null)
                {
                    w.WriteString("description", s.Description);
                }

                WriteAttributes(w, s.Attributes);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("edges");
            foreach (var t in network.Ties)
            {
                w.WriteStartObject();
                w.WriteString("id", t.Id);
                w.WriteString("source", t.Source);
                w.WriteString("target", t.Target);
                w.WriteString("type", t.Type.Name);
                if (t.Role is not null)
                {
                    w.WriteString("role", t.Role);
                }

                if (t.Period is { } p)
                {
                    w.WriteString("start", p.Start?.ToString() ?? string.Empty);
                    w.WriteString("end", p.End?.ToString() ?? string.Empty);
                }

                w.WriteNumber("weight", t.Strength);
                w.WriteNumber("confidence", t.Confidence);
                w.WriteStartArray("evidence");
                foreach (var e in t.Evidence)
                {
                    w.WriteStartObject();
                    w.WriteString("document", e.DocumentId);
                    w.WriteString("quote", e.Quote);
                    if (e.Url is not null)
                    {
                        w.WriteString("url", e.Url.OriginalString);
                    }

                    if (e.Offset is { } offset)
                    {
                        w.WriteNumber("offset", offset);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                WriteAttributes(w, t.Attributes);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteAttributes(Utf8JsonWriter w, IReadOnlyDictionary<string, string> attributes)
    {
        w.WriteStartObject("attributes");
        foreach (var (k, v) in attributes)
        {
            w.WriteString(k, v);
        }

        w.WriteEndObject();
    }

    private static string? MissingTools()
    {
        if (!File.Exists(Python))
        {
            return $"{Python} is not installed; the interop check needs Debian's python3 with networkx, igraph and pydot.";
        }

        var (exitCode, output) = Run(Python, "-c", "import networkx, igraph, pydot, shutil, sys; sys.exit(0 if shutil.which('dot') else 3)");
        return exitCode == 0 ? null : $"{Python} lacks networkx, igraph, pydot or Graphviz's dot (apt: python3-networkx python3-igraph python3-pydot graphviz): {output.Trim()}";
    }

    private static string ScriptPath()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "interop", "check_formats.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/interop/check_formats.py was not found above the test directory.");
    }

    private static (int ExitCode, string Output) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
