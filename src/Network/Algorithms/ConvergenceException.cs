namespace Stakeholders.Network.Algorithms;

/// <summary>
/// Thrown by an iterative algorithm (power iteration, PageRank, Katz, HITS, ...) that did not reach its tolerance within
/// its iteration limit. The <c>TryX</c> form of the same algorithm returns false instead of throwing.
/// </summary>
/// <remarks>
/// NetworkX raises <c>PowerIterationFailedConvergence</c> in the same situation; this type carries the same facts
/// (which algorithm, how many iterations ran, the last error against the tolerance) so callers can retry with a larger
/// limit or a looser tolerance.
/// </remarks>
public sealed class ConvergenceException : Exception
{
    /// <summary>An exception with a generic message.</summary>
    public ConvergenceException()
        : base("The iterative algorithm did not converge.")
    {
        Algorithm = string.Empty;
    }

    /// <summary>An exception with the given message.</summary>
    public ConvergenceException(string message)
        : base(message)
    {
        Algorithm = string.Empty;
    }

    /// <summary>An exception with the given message and inner exception.</summary>
    public ConvergenceException(string message, Exception innerException)
        : base(message, innerException)
    {
        Algorithm = string.Empty;
    }

    /// <summary>An exception describing which algorithm failed to converge and how far it got.</summary>
    /// <param name="algorithm">The algorithm's name, e.g. <c>"PageRank"</c>.</param>
    /// <param name="iterations">The number of iterations that ran (the limit).</param>
    /// <param name="lastError">The error of the last iteration, in the algorithm's own norm.</param>
    /// <param name="tolerance">The tolerance the error had to fall below.</param>
    public ConvergenceException(string algorithm, int iterations, double lastError, double tolerance)
        : base(FormattableString.Invariant(
            $"{algorithm} did not converge within {iterations} iterations (last error {lastError:G6}, tolerance {tolerance:G6}). Raise the iteration limit or the tolerance."))
    {
        Algorithm = algorithm;
        Iterations = iterations;
        LastError = lastError;
        Tolerance = tolerance;
    }

    /// <summary>The algorithm that did not converge (empty when not given).</summary>
    public string Algorithm { get; }

    /// <summary>The number of iterations that ran.</summary>
    public int Iterations { get; }

    /// <summary>The error of the last iteration, in the algorithm's own norm (NaN when not given).</summary>
    public double LastError { get; } = double.NaN;

    /// <summary>The tolerance the error had to fall below (NaN when not given).</summary>
    public double Tolerance { get; } = double.NaN;
}
