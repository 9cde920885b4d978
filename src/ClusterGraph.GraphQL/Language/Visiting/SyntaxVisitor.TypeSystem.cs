namespace ClusterGraph.GraphQL.Language;

public abstract partial class SyntaxVisitor
{
    /// <summary>The type-system half of <see cref="VisitChildren"/>; leaves (names, scalars) come back as they are.</summary>
    private SyntaxNode VisitTypeSystemChildren(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode n:
            {
                StringValueNode? description = Optional(n.Description);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                IReadOnlyList<OperationTypeDefinitionNode> operationTypes = Many(n.OperationTypes);
                if (Same(description, n.Description) && Same(directives, n.Directives) && Same(operationTypes, n.OperationTypes))
                {
                    return n;
                }

                return new SchemaDefinitionNode
                {
                    Description = description,
                    Directives = directives,
                    OperationTypes = operationTypes,
                    Location = n.Location,
                };
            }

            case OperationTypeDefinitionNode n:
            {
                NamedTypeNode typeChild = Required(n.Type);
                if (Same(typeChild, n.Type))
                {
                    return n;
                }

                return new OperationTypeDefinitionNode
                {
                    Operation = n.Operation,
                    Type = typeChild,
                    Location = n.Location,
                };
            }

            case ScalarTypeDefinitionNode n:
            {
                StringValueNode? description = Optional(n.Description);
                NameNode name = Required(n.Name);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                if (Same(description, n.Description) && Same(name, n.Name) && Same(directives, n.Directives))
                {
                    return n;
                }

                return new ScalarTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Directives = directives,
                    Location = n.Location,
                };
            }

            case ObjectTypeDefinitionNode n:
            {
                StringValueNode? description = Optional(n.Description);
                NameNode name = Required(n.Name);
                IReadOnlyList<NamedTypeNode> interfaces = Many(n.Interfaces);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                IReadOnlyList<FieldDefinitionNode> fields = Many(n.Fields);
                if (Same(description, n.Description) && Same(name, n.Name) && Same(interfaces, n.Interfaces) && Same(directives, n.Directives) && Same(fields, n.Fields))
                {
                    return n;
                }

                return new ObjectTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Interfaces = interfaces,
                    Directives = directives,
                    Fields = fields,
                    Location = n.Location,
                };
            }

            case FieldDefinitionNode n:
            {
                StringValueNode? description = Optional(n.Description);
                NameNode name = Required(n.Name);
                IReadOnlyList<InputValueDefinitionNode> arguments = Many(n.Arguments);
                TypeNode typeChild = Required(n.Type);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                if (Same(description, n.Description) && Same(name, n.Name) && Same(arguments, n.Arguments) && Same(typeChild, n.Type) && Same(directives, n.Directives))
                {
                    return n;
                }

                return new FieldDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Arguments = arguments,
                    Type = typeChild,
                    Directives = directives,
                    Location = n.Location,
                };
            }

            case InputValueDefinitionNode n:
            {
                StringValueNode? description = Optional(n.Description);
                NameNode name = Required(n.Name);
                TypeNode typeChild = Required(n.Type);
                ValueNode? defaultValue = Optional(n.DefaultValue);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                if (Same(description, n.Description) && Same(name, n.Name) && Same(typeChild, n.Type) && Same(defaultValue, n.DefaultValue) && Same(directives, n.Directives))
                {
                    return n;
                }

                return new InputValueDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Type = typeChild,
                    DefaultValue = defaultValue,
                    Directives = directives,
                    Location = n.Location,
                };
            }

            case InterfaceTypeDefinitionNode n:
            {
                StringValueNode? description = Optional(n.Description);
                NameNode name = Required(n.Name);
                IReadOnlyList<NamedTypeNode> interfaces = Many(n.Interfaces);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                IReadOnlyList<FieldDefinitionNode> fields = Many(n.Fields);
                if (Same(description, n.Description) && Same(name, n.Name) && Same(interfaces, n.Interfaces) && Same(directives, n.Directives) && Same(fields, n.Fields))
                {
                    return n;
                }

                return new InterfaceTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Interfaces = interfaces,
                    Directives = directives,
                    Fields = fields,
                    Location = n.Location,
                };
            }

            case UnionTypeDefinitionNode n:
            {
                StringValueNode? description = Optional(n.Description);
                NameNode name = Required(n.Name);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                IReadOnlyList<NamedTypeNode> types = Many(n.Types);
                if (Same(description, n.Description) && Same(name, n.Name) && Same(directives, n.Directives) && Same(types, n.Types))
                {
                    return n;
                }

                return new UnionTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Directives = directives,
                    Types = types,
                    Location = n.Location,
                };
            }

            case EnumTypeDefinitionNode n:
            {
                StringValueNode? description = Optional(n.Description);
                NameNode name = Required(n.Name);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                IReadOnlyList<EnumValueDefinitionNode> values = Many(n.Values);
                if (Same(description, n.Description) && Same(name, n.Name) && Same(directives, n.Directives) && Same(values, n.Values))
                {
                    return n;
                }

                return new EnumTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Directives = directives,
                    Values = values,
                    Location = n.Location,
                };
            }

            case EnumValueDefinitionNode n:
            {
                StringValueNode? description = Optional(n.Description);
                NameNode name = Required(n.Name);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                if (Same(description, n.Description) && Same(name, n.Name) && Same(directives, n.Directives))
                {
                    return n;
                }

                return new EnumValueDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Directives = directives,
                    Location = n.Location,
                };
            }

            case InputObjectTypeDefinitionNode n:
            {
                StringValueNode? description = Optional(n.Description);
                NameNode name = Required(n.Name);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                IReadOnlyList<InputValueDefinitionNode> fields = Many(n.Fields);
                if (Same(description, n.Description) && Same(name, n.Name) && Same(directives, n.Directives) && Same(fields, n.Fields))
                {
                    return n;
                }

                return new InputObjectTypeDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Directives = directives,
                    Fields = fields,
                    Location = n.Location,
                };
            }

            case DirectiveDefinitionNode n:
            {
                StringValueNode? description = Optional(n.Description);
                NameNode name = Required(n.Name);
                IReadOnlyList<InputValueDefinitionNode> arguments = Many(n.Arguments);
                IReadOnlyList<NameNode> locations = Many(n.Locations);
                if (Same(description, n.Description) && Same(name, n.Name) && Same(arguments, n.Arguments) && Same(locations, n.Locations))
                {
                    return n;
                }

                return new DirectiveDefinitionNode
                {
                    Description = description,
                    Name = name,
                    Arguments = arguments,
                    Repeatable = n.Repeatable,
                    Locations = locations,
                    Location = n.Location,
                };
            }

            case SchemaExtensionNode n:
            {
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                IReadOnlyList<OperationTypeDefinitionNode> operationTypes = Many(n.OperationTypes);
                if (Same(directives, n.Directives) && Same(operationTypes, n.OperationTypes))
                {
                    return n;
                }

                return new SchemaExtensionNode
                {
                    Directives = directives,
                    OperationTypes = operationTypes,
                    Location = n.Location,
                };
            }

            case ScalarTypeExtensionNode n:
            {
                NameNode name = Required(n.Name);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                if (Same(name, n.Name) && Same(directives, n.Directives))
                {
                    return n;
                }

                return new ScalarTypeExtensionNode
                {
                    Name = name,
                    Directives = directives,
                    Location = n.Location,
                };
            }

            case ObjectTypeExtensionNode n:
            {
                NameNode name = Required(n.Name);
                IReadOnlyList<NamedTypeNode> interfaces = Many(n.Interfaces);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                IReadOnlyList<FieldDefinitionNode> fields = Many(n.Fields);
                if (Same(name, n.Name) && Same(interfaces, n.Interfaces) && Same(directives, n.Directives) && Same(fields, n.Fields))
                {
                    return n;
                }

                return new ObjectTypeExtensionNode
                {
                    Name = name,
                    Interfaces = interfaces,
                    Directives = directives,
                    Fields = fields,
                    Location = n.Location,
                };
            }

            case InterfaceTypeExtensionNode n:
            {
                NameNode name = Required(n.Name);
                IReadOnlyList<NamedTypeNode> interfaces = Many(n.Interfaces);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                IReadOnlyList<FieldDefinitionNode> fields = Many(n.Fields);
                if (Same(name, n.Name) && Same(interfaces, n.Interfaces) && Same(directives, n.Directives) && Same(fields, n.Fields))
                {
                    return n;
                }

                return new InterfaceTypeExtensionNode
                {
                    Name = name,
                    Interfaces = interfaces,
                    Directives = directives,
                    Fields = fields,
                    Location = n.Location,
                };
            }

            case UnionTypeExtensionNode n:
            {
                NameNode name = Required(n.Name);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                IReadOnlyList<NamedTypeNode> types = Many(n.Types);
                if (Same(name, n.Name) && Same(directives, n.Directives) && Same(types, n.Types))
                {
                    return n;
                }

                return new UnionTypeExtensionNode
                {
                    Name = name,
                    Directives = directives,
                    Types = types,
                    Location = n.Location,
                };
            }

            case EnumTypeExtensionNode n:
            {
                NameNode name = Required(n.Name);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                IReadOnlyList<EnumValueDefinitionNode> values = Many(n.Values);
                if (Same(name, n.Name) && Same(directives, n.Directives) && Same(values, n.Values))
                {
                    return n;
                }

                return new EnumTypeExtensionNode
                {
                    Name = name,
                    Directives = directives,
                    Values = values,
                    Location = n.Location,
                };
            }

            case InputObjectTypeExtensionNode n:
            {
                NameNode name = Required(n.Name);
                IReadOnlyList<DirectiveNode> directives = Many(n.Directives);
                IReadOnlyList<InputValueDefinitionNode> fields = Many(n.Fields);
                if (Same(name, n.Name) && Same(directives, n.Directives) && Same(fields, n.Fields))
                {
                    return n;
                }

                return new InputObjectTypeExtensionNode
                {
                    Name = name,
                    Directives = directives,
                    Fields = fields,
                    Location = n.Location,
                };
            }

            default:
                return node;
        }
    }
}
