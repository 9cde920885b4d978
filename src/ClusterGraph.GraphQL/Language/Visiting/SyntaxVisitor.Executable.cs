namespace ClusterGraph.GraphQL.Language;

public abstract partial class SyntaxVisitor
{
    /// <summary>Visits the children of a node in source order and rebuilds it if any child changed.</summary>
    private SyntaxNode VisitChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n:
            {
                IReadOnlyList<DefinitionNode> definitions = Many(n.Definitions);
                if (Same(definitions, n.Definitions))
                {
                    return n;
                }

                return new DocumentNode
                {
                    Definitions = definitions,
                    Location = n.Location,
                };
            }

            case OperationDefinitionNode n:
            {
                NameNode? name = Optional(n.Name);
                IReadOnlyList<VariableDefinitionNode> variableDefinitions = Many(n.VariableDefinitions);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                SelectionSetNode selectionSet = Required(n.SelectionSet);
                if (Same(name, n.Name) && Same(variableDefinitions, n.VariableDefinitions) && Same(directives, n.Directives) && Same(selectionSet, n.SelectionSet))
                {
                    return n;
                }

                return new OperationDefinitionNode
                {
                    Operation = n.Operation,
                    Name = name,
                    VariableDefinitions = variableDefinitions,
                    Directives = directives,
                    SelectionSet = selectionSet,
                    Location = n.Location,
                };
            }

            case VariableDefinitionNode n:
            {
                VariableNode variable = Required(n.Variable);
                TypeNode typeChild = Required(n.Type);
                ValueNode? defaultValue = Optional(n.DefaultValue);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                if (Same(variable, n.Variable) && Same(typeChild, n.Type) && Same(defaultValue, n.DefaultValue) && Same(directives, n.Directives))
                {
                    return n;
                }

                return new VariableDefinitionNode
                {
                    Variable = variable,
                    Type = typeChild,
                    DefaultValue = defaultValue,
                    Directives = directives,
                    Location = n.Location,
                };
            }

            case VariableNode n:
            {
                NameNode name = Required(n.Name);
                if (Same(name, n.Name))
                {
                    return n;
                }

                return new VariableNode
                {
                    Name = name,
                    Location = n.Location,
                };
            }

            case SelectionSetNode n:
            {
                IReadOnlyList<SelectionNode> selections = Many(n.Selections);
                if (Same(selections, n.Selections))
                {
                    return n;
                }

                return new SelectionSetNode
                {
                    Selections = selections,
                    Location = n.Location,
                };
            }

            case FieldNode n:
            {
                NameNode? alias = Optional(n.Alias);
                NameNode name = Required(n.Name);
                IReadOnlyList<ArgumentNode> arguments = Many(n.Arguments);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                SelectionSetNode? selectionSet = Optional(n.SelectionSet);
                if (Same(alias, n.Alias) && Same(name, n.Name) && Same(arguments, n.Arguments) && Same(directives, n.Directives) && Same(selectionSet, n.SelectionSet))
                {
                    return n;
                }

                return new FieldNode
                {
                    Alias = alias,
                    Name = name,
                    Arguments = arguments,
                    Directives = directives,
                    SelectionSet = selectionSet,
                    Location = n.Location,
                };
            }

            case ArgumentNode n:
            {
                NameNode name = Required(n.Name);
                ValueNode valueChild = Required(n.Value);
                if (Same(name, n.Name) && Same(valueChild, n.Value))
                {
                    return n;
                }

                return new ArgumentNode
                {
                    Name = name,
                    Value = valueChild,
                    Location = n.Location,
                };
            }

            case FragmentSpreadNode n:
            {
                NameNode name = Required(n.Name);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                if (Same(name, n.Name) && Same(directives, n.Directives))
                {
                    return n;
                }

                return new FragmentSpreadNode
                {
                    Name = name,
                    Directives = directives,
                    Location = n.Location,
                };
            }

            case InlineFragmentNode n:
            {
                NamedTypeNode? typeCondition = Optional(n.TypeCondition);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                SelectionSetNode selectionSet = Required(n.SelectionSet);
                if (Same(typeCondition, n.TypeCondition) && Same(directives, n.Directives) && Same(selectionSet, n.SelectionSet))
                {
                    return n;
                }

                return new InlineFragmentNode
                {
                    TypeCondition = typeCondition,
                    Directives = directives,
                    SelectionSet = selectionSet,
                    Location = n.Location,
                };
            }

            case FragmentDefinitionNode n:
            {
                NameNode name = Required(n.Name);
                IReadOnlyList<VariableDefinitionNode> variableDefinitions = Many(n.VariableDefinitions);
                NamedTypeNode typeCondition = Required(n.TypeCondition);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                SelectionSetNode selectionSet = Required(n.SelectionSet);
                if (Same(name, n.Name) && Same(variableDefinitions, n.VariableDefinitions) && Same(typeCondition, n.TypeCondition) && Same(directives, n.Directives) && Same(selectionSet, n.SelectionSet))
                {
                    return n;
                }

                return new FragmentDefinitionNode
                {
                    Name = name,
                    VariableDefinitions = variableDefinitions,
                    TypeCondition = typeCondition,
                    Directives = directives,
                    SelectionSet = selectionSet,
                    Location = n.Location,
                };
            }

            case ListValueNode n:
            {
                IReadOnlyList<ValueNode> values = Many(n.Values);
                if (Same(values, n.Values))
                {
                    return n;
                }

                return new ListValueNode
                {
                    Values = values,
                    Location = n.Location,
                };
            }

            case ObjectValueNode n:
            {
                IReadOnlyList<ObjectFieldNode> fields = Many(n.Fields);
                if (Same(fields, n.Fields))
                {
                    return n;
                }

                return new ObjectValueNode
                {
                    Fields = fields,
                    Location = n.Location,
                };
            }

            case ObjectFieldNode n:
            {
                NameNode name = Required(n.Name);
                ValueNode valueChild = Required(n.Value);
                if (Same(name, n.Name) && Same(valueChild, n.Value))
                {
                    return n;
                }

                return new ObjectFieldNode
                {
                    Name = name,
                    Value = valueChild,
                    Location = n.Location,
                };
            }

            case DirectiveNode n:
            {
                NameNode name = Required(n.Name);
                IReadOnlyList<ArgumentNode> arguments = Many(n.Arguments);
                if (Same(name, n.Name) && Same(arguments, n.Arguments))
                {
                    return n;
                }

                return new DirectiveNode
                {
                    Name = name,
                    Arguments = arguments,
                    Location = n.Location,
                };
            }

            case NamedTypeNode n:
            {
                NameNode name = Required(n.Name);
                if (Same(name, n.Name))
                {
                    return n;
                }

                return new NamedTypeNode
                {
                    Name = name,
                    Location = n.Location,
                };
            }

            case ListTypeNode n:
            {
                TypeNode typeChild = Required(n.Type);
                if (Same(typeChild, n.Type))
                {
                    return n;
                }

                return new ListTypeNode
                {
                    Type = typeChild,
                    Location = n.Location,
                };
            }

            case NonNullTypeNode n:
            {
                TypeNode typeChild = Required(n.Type);
                if (Same(typeChild, n.Type))
                {
                    return n;
                }

                return new NonNullTypeNode
                {
                    Type = typeChild,
                    Location = n.Location,
                };
            }

            default:
                return VisitTypeSystemChildren(node);
        }
    }
}
