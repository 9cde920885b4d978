using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>Creates the rule instance that checks one document (rules keep per-document state).</summary>
public delegate ValidationRule ValidationRuleFactory(ValidationContext context);

/// <summary>
/// One validation rule, run by a single walk over the document together with every other rule (graphql-js's
/// <c>visitInParallel</c>): at each node the rules are called in list order, with the type information of
/// the node already entered. A rule says which node kinds it wants; returning false from
/// <see cref="Enter"/> skips the node's subtree for this rule only.
/// </summary>
public abstract class ValidationRule
{
    protected ValidationRule(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
    }

    /// <summary>The document, schema, type information and error sink of this validation.</summary>
    protected ValidationContext Context { get; }

    /// <summary>The kinds <see cref="Enter"/> is called for.</summary>
    public virtual KindSet EnterKinds => KindSet.None;

    /// <summary>The kinds <see cref="Leave"/> is called for.</summary>
    public virtual KindSet LeaveKinds => KindSet.None;

    /// <summary>Called before the node's children; false skips them (and this node's Leave) for this rule.</summary>
    public virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called after the node's children.</summary>
    public virtual void Leave(SyntaxNode node)
    {
    }
}
