namespace ClusterGraph.Graph.Model;

/// <summary>A source document (news article, report, registry, or a declared body of public facts) that facts cite.</summary>
/// <param name="Id">ID of the form <c>source:&lt;name&gt;</c>; for an article, its file name without extension.</param>
/// <param name="Title">Title as published.</param>
/// <param name="Lang">Language of the document.</param>
public sealed record Source(string Id, string Title, Lang Lang)
{
    /// <summary>Publisher (newspaper, agency), or null when unknown.</summary>
    public string? Publisher { get; init; }

    /// <summary>Absolute URL of the document, or null when unknown.</summary>
    public string? Url { get; init; }

    /// <summary>Publication date, or null when the document gives none.</summary>
    public DateOnly? PublishedAt { get; init; }

    /// <summary>When the document was retrieved, or null when unknown.</summary>
    public DateTimeOffset? RetrievedAt { get; init; }

    /// <summary>
    /// Curator's note on what the source is, e.g. that it stands for well-known public facts not
    /// stated in any article (facts citing such a source carry confidence below 1).
    /// </summary>
    public string? Note { get; init; }
}
