using System.Globalization;
using CsCheck;

namespace Stakeholders.Network.Tests.Fuzzing;

/// <summary>
/// Issue 13 item 10: mutation fuzzing of every reader, bounded for CI. Two runs: a seeded one that draws the same inputs
/// every time (<see cref="Seeded_fuzz_run"/>), and CsCheck's, which starts from a fixed seed but draws fresh inputs on
/// every run, so CI keeps exploring (a failure prints the CsCheck seed that reproduces it). The only outcomes allowed are
/// a network or a typed error with a position.
/// </summary>
public class ReaderFuzzTests
{
    /// <summary>The inputs per reader in CI.</summary>
    private const int Iterations = 5000;

    private static Gen<(int Start, int[] Ops)> Inputs(int corpusSize) =>
        Gen.Select(Gen.Int[0, corpusSize - 1], Gen.Int.Array[4, 32]);

    [TestCaseSource(typeof(ReaderFuzz), nameof(ReaderFuzz.Readers))]
    public void Mutated_files_give_a_network_or_a_positioned_error(string reader)
    {
        var corpus = ReaderFuzz.Corpus[reader];
        foreach (var start in corpus)
        {
            Assert.That(ReaderFuzz.Read(reader, start), Is.EqualTo(FuzzOutcome.Network), $"{reader}: the unmutated corpus file must read");
        }

        var outcomes = new int[3];
        Inputs(corpus.Length).Sample(
            input =>
            {
                var outcome = ReaderFuzz.Read(reader, ReaderFuzz.Mutate(corpus[input.Start], input.Ops));
                Interlocked.Increment(ref outcomes[(int)outcome]);
            },
            seed: "0000000000001",
            iter: Iterations,
            threads: 1);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{reader}: {Iterations} inputs: {outcomes[0]} networks, {outcomes[1]} format errors, {outcomes[2]} validation errors"));
        Assert.That(outcomes.Sum(), Is.EqualTo(Iterations));
    }

    /// <summary>The same 35,000 mutated inputs on every run (seed 7), across the seven readers: no crash.</summary>
    [Test]
    public void Seeded_fuzz_run()
    {
        var (inputs, outcomes, crashes, _) = ReaderFuzz.Run(35_000, seed: 7);
        Assert.Multiple(() =>
        {
            Assert.That(inputs, Is.EqualTo(35_000));
            Assert.That(crashes, Is.Empty, string.Join("\n", crashes.Take(5)));
            Assert.That(outcomes.Values.All(c => c[0] > 0 && c[1] > 0), Is.True, "every reader reads some inputs and refuses others");
        });
    }

    /// <summary>
    /// The long run (≥ 1,000,000 inputs across the readers), run once by hand:
    /// <c>FUZZ_INPUTS=1000000 dotnet test tests/Network.Tests --filter Name=Long_fuzz_run</c>. Its figures are in docs/formats.md.
    /// </summary>
    [Test]
    [Explicit("the long fuzz run: minutes; its figures are recorded in docs/formats.md")]
    public void Long_fuzz_run()
    {
        var count = long.TryParse(Environment.GetEnvironmentVariable("FUZZ_INPUTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;
        var (inputs, outcomes, crashes, elapsed) = ReaderFuzz.Run(count, seed: 13);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inputs} inputs in {elapsed.TotalSeconds:0.0} s, {crashes.Count} crashes"));
        foreach (var (reader, counts) in outcomes)
        {
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {reader}: {counts[0]} networks, {counts[1]} format errors, {counts[2]} validation errors"));
        }

        foreach (var crash in crashes.Take(50))
        {
            TestContext.Out.WriteLine(crash);
        }

        Assert.That(crashes, Is.Empty);
    }
}
