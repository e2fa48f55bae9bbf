namespace Stakeholders.Network.IO;

/// <summary>
/// How <see cref="NetworkExport"/> writes a network: direction, evidence, GEXF version and node positions. The defaults
/// are what <see cref="NetworkFile.Write"/> uses.
/// </summary>
public sealed record NetworkExportOptions
{
    /// <summary>The defaults: undirected, with evidence, GEXF 1.2draft, no positions.</summary>
    public static NetworkExportOptions Default { get; } = new();

    /// <summary>
    /// Whether the written graph is directed (GraphML <c>edgedefault</c>, GEXF <c>defaultedgetype</c>, node-link
    /// <c>directed</c>, graphology <c>options.type</c>). Default false, as the default projection and the CLI analyse
    /// undirected; ties keep their source and target either way. When a projection is exported, its direction is used.
    /// </summary>
    public bool Directed { get; init; }

    /// <summary>Whether the ties' evidence quotes are written (default true). False leaves them out to keep front-end payloads small.</summary>
    public bool IncludeEvidence { get; init; } = true;

    /// <summary>The GEXF version written: 1.2draft by default (NetworkX 2.x/3.x and Gephi read it), 1.3 on request.</summary>
    public GexfVersion GexfVersion { get; init; } = GexfVersion.V1_2Draft;

    /// <summary>
    /// When a projection is exported: write one link per edge of the analysed graph (parallel ties merged, as the
    /// projection merged them; strength = the edge weight) instead of one per tie, so that other tools rebuild exactly the
    /// graph that was analysed and <c>multigraph</c> is false. A merged link keeps the first tie's id, joins the distinct
    /// types with <c>+</c>, and lists the merged tie ids in the attribute <c>tieIds</c>. Default false.
    /// </summary>
    public bool MergeParallelTies { get; init; }

    /// <summary>Whether node-link JSON is indented (default true); false writes one line, for HTTP payloads. Cytoscape.js and graphology JSON are always compact.</summary>
    public bool Indented { get; init; } = true;

    /// <summary>
    /// Whether the free text and free attributes are written (default true): the network's and the stakeholders'
    /// descriptions and the free attributes of stakeholders and ties. False keeps what a drawing needs (ids, labels,
    /// kinds, organisation types, aliases, positions, scores, the ties' ends, types, roles, periods, weights and
    /// confidences); with <see cref="IncludeEvidence"/> false it is the smallest front-end payload.
    /// </summary>
    public bool IncludeDetails { get; init; } = true;

    /// <summary>
    /// Node positions by stakeholder id, written as <c>x</c>/<c>y</c> (node-link, graphology, GraphML/GEXF attributes)
    /// or <c>position</c> (Cytoscape.js). Stakeholders without an entry get none. Null: no positions.
    /// </summary>
    public IReadOnlyDictionary<string, NodePosition>? Positions { get; init; }
}

/// <summary>A node's position in a drawing, in the caller's units.</summary>
/// <param name="X">Horizontal coordinate.</param>
/// <param name="Y">Vertical coordinate (downwards on screen, as the front-end libraries draw).</param>
public readonly record struct NodePosition(double X, double Y);
