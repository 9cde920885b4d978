using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Spread Type Existence (https://spec.graphql.org/October2021/#sec-Fragment-Spread-Type-Existence):
/// "For each named spread namedSpread in the document: Let fragment be the target of namedSpread. The
/// target type of fragment must be defined in the schema." graphql-js checks every named type reference
/// this way (variable types too), and lets type-system definitions in the document name the standard types.
/// </summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.NamedType);
    private static readonly string[] s_standardTypeNames =
        ["String", "Int", "Float", "Boolean", "ID", "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"];

    private readonly HashSet<string> _definedInDocument = new(StringComparer.Ordinal);

    public KnownTypeNamesRule(ValidationContext context)
        : base(context)
    {
        foreach (DefinitionNode definition in context.Document.Definitions)
        {
            if (definition is TypeDefinitionNode type)
            {
                _definedInDocument.Add(type.Name.Value);
            }
        }
    }

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        string typeName = ((NamedTypeNode)node).Name.Value;
        if (Context.Schema.GetType(typeName) is not null || _definedInDocument.Contains(typeName))
        {
            return true;
        }

        IReadOnlyList<SyntaxNode> ancestors = Context.Ancestors;
        SyntaxNode? definition = ancestors.Count > 1 ? ancestors[1] : null;
        bool isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
        if (isSdl && Array.IndexOf(s_standardTypeNames, typeName) >= 0)
        {
            return true;
        }

        string hint = string.Empty;
        if (Context.Options.IncludeSuggestions)
        {
            IEnumerable<string> known = Context.Schema.Types.Select(t => t.Name).Concat(_definedInDocument);
            hint = Context.DidYouMean(Context.SuggestionList(typeName, isSdl ? s_standardTypeNames.Concat(known) : known));
        }

        Context.Report($"Unknown type \"{typeName}\"." + hint, node);
        return true;
    }
}
