using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Directives Are Unique Per Location (https://spec.graphql.org/October2021/#sec-Directives-Are-Unique-Per-Location):
/// "For every location in the document for which Directives can apply: Let directives be the set of
/// Directives which apply to location and are not repeatable. For each directive in directives: Let
/// directiveName be the name of directive. Let namedDirectives be the set of all Directives named
/// directiveName in directives. namedDirectives must be a set of one." A type's definition and its
/// extensions count as one location, as do the schema's.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private readonly Dictionary<string, bool> _unique = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    public UniqueDirectivesPerLocationRule(ValidationContext context)
        : base(context)
    {
        foreach (DirectiveDefinition directive in context.Schema.Directives)
        {
            _unique[directive.Name] = !directive.IsRepeatable;
        }

        foreach (DefinitionNode definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                _unique[directive.Name.Value] = !directive.Repeatable;
            }
        }
    }

    public override KindSet EnterKinds => KindSet.WithDirectives;

    public override bool Enter(SyntaxNode node)
    {
        IReadOnlyList<DirectiveNode> directives = SyntaxFacts.DirectivesOf(node);
        if (directives.Count == 0)
        {
            return true;
        }

        Dictionary<string, DirectiveNode> seen;
        if (node is SchemaDefinitionNode or SchemaExtensionNode)
        {
            seen = _schemaDirectives;
        }
        else if (SyntaxFacts.TypeNameOf(node) is { } typeName)
        {
            if (!_typeDirectives.TryGetValue(typeName, out seen!))
            {
                seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                _typeDirectives[typeName] = seen;
            }
        }
        else if (directives.Count == 1)
        {
            return true;
        }
        else
        {
            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        foreach (DirectiveNode directive in directives)
        {
            string name = directive.Name.Value;
            if (!_unique.GetValueOrDefault(name))
            {
                continue;
            }

            if (seen.TryGetValue(name, out DirectiveNode? first))
            {
                Context.Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }

        return true;
    }
}
