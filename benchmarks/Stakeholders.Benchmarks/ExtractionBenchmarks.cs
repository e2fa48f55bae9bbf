using BenchmarkDotNet.Attributes;
using Stakeholders.Network.Extraction;
using Stakeholders.Network.Model;

namespace Stakeholders.Benchmarks;

/// <summary>
/// Extraction and merging: one 10,000-character release (the seed release cut at the sentence end nearest 10,000
/// characters), the whole 16,190-character seed release, and 1,000 extracted networks merged into one (the nine
/// development-set releases extracted once and repeated with distinct document ids, so every stakeholder recurs about
/// 111 times: the worst case for matching).
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly RuleBasedExtractor _extractor = new();
    private ExtractionDocument _release10k = null!;
    private ExtractionDocument _seed = null!;
    private List<StakeholderNetwork> _networks = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seeds = FindSeeds();
        var text = File.ReadAllText(Path.Combine(seeds, "000_73dc534532c0e7b6.txt"));
        var cut = text.LastIndexOf(". ", 10_000, StringComparison.Ordinal) + 1;
        _release10k = new ExtractionDocument("release-10k", text[..cut]);
        _seed = new ExtractionDocument("seed", text);
        var files = new[] { Path.Combine(seeds, "000_73dc534532c0e7b6.txt") }
            .Concat(Directory.GetFiles(Path.Combine(seeds, "releases"), "*.txt").Order(StringComparer.Ordinal)).ToList();
        var texts = files.Select(File.ReadAllText).ToList();
        _networks = [];
        for (var i = 0; i < 1000; i++)
        {
            _networks.Add(_extractor.Extract(new ExtractionDocument($"doc-{i:0000}", texts[i % texts.Count])).Network);
        }
    }

    /// <summary>The characters of the 10k release (for the README).</summary>
    public int Release10kLength => _release10k.Text.Length;

    [Benchmark]
    public int Extract_10k_character_release() => _extractor.Extract(_release10k).Network.Ties.Count;

    [Benchmark]
    public int Extract_seed_release_16k() => _extractor.Extract(_seed).Network.Ties.Count;

    [Benchmark]
    public int Merge_1000_extracted_networks() => NetworkMerger.Merge(_networks).Network.Stakeholders.Count;

    private static string FindSeeds()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds", "releases")))
        {
            dir = dir.Parent;
        }

        return dir is null ? throw new DirectoryNotFoundException("seeds/ not found above " + AppContext.BaseDirectory) : Path.Combine(dir.FullName, "seeds");
    }
}
