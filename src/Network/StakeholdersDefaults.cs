namespace Stakeholders.Network;

/// <summary>Defaults shared by every algorithm, the analysis facade, the CLI and the reports.</summary>
public static class StakeholdersDefaults
{
    /// <summary>
    /// The seed every randomised step uses unless told otherwise (community detection, sampled betweenness, key-player
    /// starting sets, layouts, bootstrap resamples): 42. One constant, so the library, the CLI and the reports agree.
    /// </summary>
    public const int Seed = 42;
}
