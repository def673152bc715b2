import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * `Pence`: a JSON number. Output must be a safe integer (a bug otherwise, never rounded). Input
 * takes any finite number and leaves the money rules (whole, positive, capped) to the use case,
 * which answers with a typed INVALID naming the field; anything but a number is refused here.
 */
export const PenceScalar = new GraphQLScalarType<number, number>({
  name: 'Pence',
  description: 'Whole pence as a JSON number.',
  serialize(value) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
      throw new GraphQLError('Pence must be a whole number');
    return value;
  },
  parseValue(value) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new GraphQLError('Pence must be a number (whole pence, e.g. 1250 for £12.50)');
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT)
      throw new GraphQLError('Pence must be a number (whole pence, e.g. 1250 for £12.50)');
    return Number(ast.value);
  },
});
