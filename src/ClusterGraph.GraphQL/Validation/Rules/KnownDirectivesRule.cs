using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Defined (https://spec.graphql.org/October2021/#sec-Directives-Are-Defined):
/// "For every directive in a document: Let directiveName be the name of directive. Let directiveDefinition
/// be the directive named directiveName. directiveDefinition must exist." and Directives Are In Valid
/// Locations (https://spec.graphql.org/October2021/#sec-Directives-Are-In-Valid-Locations): "Let
/// directiveDefinition be the directive named directiveName. Let locations be the valid locations for
/// directiveDefinition. Let adjacent be the AST node the directive affects. adjacent must be represented
/// by an item within locations."
/// </summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.Directive);
    private readonly Dictionary<string, HashSet<string>> _locations = new(StringComparer.Ordinal);

    public KnownDirectivesRule(ValidationContext context)
        : base(context)
    {
        foreach (DirectiveDefinition directive in context.Schema.Directives)
        {
            _locations[directive.Name] = [.. directive.Locations.Select(l => l.ToSpecName())];
        }

        foreach (DefinitionNode definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                _locations[directive.Name.Value] = [.. directive.Locations.Select(l => l.Value)];
            }
        }
    }

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        string name = ((DirectiveNode)node).Name.Value;
        if (!_locations.TryGetValue(name, out HashSet<string>? locations))
        {
            Context.Report($"Unknown directive \"@{name}\".", node);
            return true;
        }

        string? candidate = LocationOf(Context.Ancestors);
        if (candidate is not null && !locations.Contains(candidate))
        {
            Context.Report($"Directive \"@{name}\" may not be used on {candidate}.", node);
        }

        return true;
    }

    /// <summary>The location of the node a directive is applied to (the last ancestor).</summary>
    private static string? LocationOf(IReadOnlyList<SyntaxNode> ancestors)
    {
        if (ancestors.Count == 0)
        {
            return null;
        }

        DirectiveLocation? location = ancestors[^1] switch
        {
            OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
            OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
            OperationDefinitionNode => DirectiveLocation.Subscription,
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
            FieldDefinitionNode => DirectiveLocation.FieldDefinition,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
            EnumValueDefinitionNode => DirectiveLocation.EnumValue,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,

            // graphql-js names only an input object *definition* as the owner of input fields; an input
            // object extension's fields count as argument definitions.
            InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode
                ? DirectiveLocation.InputFieldDefinition
                : DirectiveLocation.ArgumentDefinition,
            _ => null,
        };
        return location?.ToSpecName();
    }
}
