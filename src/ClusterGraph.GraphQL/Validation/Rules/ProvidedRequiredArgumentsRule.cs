using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

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
    private readonly ProvidedRequiredArgumentsOnDirectivesRule _onDirectives;

    public ProvidedRequiredArgumentsRule(ValidationContext context)
        : base(context)
    {
        _onDirectives = new ProvidedRequiredArgumentsOnDirectivesRule(context);
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
                if (argument.IsRequired && !ProvidedRequiredArgumentsOnDirectivesRule.IsProvided(field.Arguments, argument.Name))
                {
                    Context.Report(
                        $"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                        field);
                }
            }

            return;
        }

        _onDirectives.Leave(node);
    }
}
