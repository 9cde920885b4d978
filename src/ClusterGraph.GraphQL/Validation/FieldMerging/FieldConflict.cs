using System.Text;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.FieldMerging;

/// <summary>Why two fields of one response name cannot be merged: a message, or the conflicts of their subfields.</summary>
internal sealed class ConflictReason
{
    private ConflictReason(string? message, List<(string ResponseName, ConflictReason Reason)>? subReasons)
    {
        Message = message;
        SubReasons = subReasons;
    }

    public string? Message { get; }

    public List<(string ResponseName, ConflictReason Reason)>? SubReasons { get; }

    public static ConflictReason Of(string message) => new(message, null);

    public static ConflictReason OfSubfields(List<(string ResponseName, ConflictReason Reason)> subReasons) => new(null, subReasons);

    /// <summary>graphql-js's wording: nested reasons read "subfields "x" conflict because … and …".</summary>
    public void AppendTo(StringBuilder builder)
    {
        if (SubReasons is null)
        {
            builder.Append(Message);
            return;
        }

        for (int i = 0; i < SubReasons.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(" and ");
            }

            builder.Append("subfields \"").Append(SubReasons[i].ResponseName).Append("\" conflict because ");
            SubReasons[i].Reason.AppendTo(builder);
        }
    }
}

/// <summary>One conflict: the response name, the reason, and the field nodes on each side (subfields included).</summary>
internal sealed record FieldConflict(string ResponseName, ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

/// <summary>A field selection as the merge check sees it: the type it is selected on, the node, its definition.</summary>
internal sealed record FieldEntry(Types.NamedType? ParentType, FieldNode Node, Types.FieldDefinition? Definition)
{
    /// <summary>A text equal for two fields whose comparison cannot depend on anything but their content; null when not groupable.</summary>
    public string? GroupKey { get; set; }

    public bool GroupKeyComputed { get; set; }
}
