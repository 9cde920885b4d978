namespace ClusterGraph.Graph.Model;

/// <summary>One broken rule: which item, which field, and a sentence a curator can act on.</summary>
/// <param name="Code">The rule broken.</param>
/// <param name="SubjectId">ID of the source, entity or relation at fault (may be the malformed ID itself).</param>
/// <param name="Field">Path of the offending field, e.g. <c>evidence[0].source</c>, or empty for the item as a whole.</param>
/// <param name="Message">What is wrong and what would be right.</param>
public sealed record ValidationError(ValidationErrorCode Code, string SubjectId, string Field, string Message)
{
    /// <inheritdoc/>
    public override string ToString() =>
        Field.Length == 0 ? $"{SubjectId}: {Message}" : $"{SubjectId}: {Field}: {Message}";
}
