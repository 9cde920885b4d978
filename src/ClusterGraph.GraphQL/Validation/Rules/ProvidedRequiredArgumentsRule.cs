using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments (https://spec.graphql.org/October2021/#sec-Required-Arguments):
/// "For each Field or Directive in the document: Let arguments be the arguments provided by the Field or
/// Directive. Let argumentDefinitions be the set of argument definitions of that Field or Directive. For
/// each argumentDefinition in argumentDefinitions: Let type be the expected type of argumentDefinition.
/// Let defaultValue be the default value of argumentDefinition. If type is Non-Null and defaultValue does
/// not exist: Let argumentName be the name of argumentDefinition. Let argument be the argument in
/// arguments named argumentName. argument must exist."
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    private static readonly KindSet s_leave = KindSet.Of(SyntaxKind.Field, SyntaxKind.Directive);
    private readonly Dictionary<string, List<(string Name, string Type)>> _requiredByDirective = new(StringComparer.Ordinal);

    public ProvidedRequiredArgumentsRule(ValidationContext context)
        : base(context)
    {
        foreach (DirectiveDefinition directive in context.Schema.Directives)
        {
            _requiredByDirective[directive.Name] = [.. directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString()))];
        }

        foreach (DefinitionNode definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                // Later definitions of the same argument name replace earlier ones but keep their place.
                var required = new List<(string Name, string Type)>();
                foreach (InputValueDefinitionNode argument in directive.Arguments)
                {
                    if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                    {
                        int at = required.FindIndex(r => r.Name == argument.Name.Value);
                        if (at >= 0)
                        {
                            required[at] = (argument.Name.Value, AstPrinter.Print(argument.Type));
                        }
                        else
                        {
                            required.Add((argument.Name.Value, AstPrinter.Print(argument.Type)));
                        }
                    }
                }

                _requiredByDirective[directive.Name.Value] = required;
            }
        }
    }

    public override KindSet LeaveKinds => s_leave;

    public override void Leave(SyntaxNode node)
    {
        if (node is FieldNode field)
        {
            if (Context.FieldDef is not { } fieldDef)
            {
                return;
            }

            foreach (InputValueDefinition argument in fieldDef.Arguments)
            {
                if (argument.IsRequired && !IsProvided(field.Arguments, argument.Name))
                {
                    Context.Report(
                        $"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                        field);
                }
            }

            return;
        }

        var directive = (DirectiveNode)node;
        if (!_requiredByDirective.TryGetValue(directive.Name.Value, out List<(string Name, string Type)>? requiredArguments))
        {
            return;
        }

        foreach ((string name, string type) in requiredArguments)
        {
            if (!IsProvided(directive.Arguments, name))
            {
                Context.Report(
                    $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                    directive);
            }
        }
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (ArgumentNode argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
