import { tsString } from '../../cdk/literal';
import type { CdkEmitter } from '../../cdk/types';
import { DAX_TABLE_ACTIONS } from './cfn';
import { daxSizes } from './sizes';

/**
 * DAX has no L2 construct: an L1 cluster with server-side encryption, a TLS endpoint, its subnet
 * group, parameter group, security group, and a service role granted the tables it reads through.
 */
export const daxCdk: CdkEmitter = {
  phase: 30,
  emit(node, ctx) {
    ctx.use('dax');
    ctx.use('ec2');
    ctx.use('iam');
    const v = ctx.v(node.id);
    const id = ctx.id(node.id);
    const role = ctx.helperVar(node.id, 'Role');
    const sg = ctx.helperVar(node.id, 'SecurityGroup');
    const subnets = ctx.helperVar(node.id, 'SubnetGroup');
    const params = ctx.helperVar(node.id, 'Parameters');
    const sizes = daxSizes(node);
    const tables = ctx.index
      .outgoing(node.id)
      .map((e) => ctx.index.nodes.get(e.target))
      .filter((t) => t?.kind === 'dynamodb')
      .map((t) => t!.id)
      .sort();
    const lines = [
      `// DAX in front of DynamoDB: hot items are answered from memory in microseconds instead of`,
      `// single-digit milliseconds, and repeated reads stop consuming the table's read capacity.`,
      `// The application uses the DAX client with the same item API; writes go through to the table.`,
      `const ${role} = new iam.Role(this, ${tsString(ctx.helperId(node.id, 'Role'))}, {`,
      `  assumedBy: new iam.ServicePrincipal('dax.amazonaws.com'),`,
      `  description: ${tsString(`DAX ${node.id} reads and writes through to its tables`)},`,
      `});`,
      ...(tables.length
        ? [
            `// The item-level actions on the tables it reads through (the CloudFormation export's statement).`,
            `${role}.addToPolicy(new iam.PolicyStatement({`,
            `  actions: [${DAX_TABLE_ACTIONS.map(tsString).join(', ')}],`,
            `  resources: [${tables.map((t) => `${ctx.v(t)}.tableArn`).join(', ')}],`,
            `}));`,
          ]
        : []),
      `const ${sg} = new ec2.SecurityGroup(this, ${tsString(ctx.helperId(node.id, 'SecurityGroup'))}, {`,
      `  vpc,`,
      `  description: ${tsString(`DAX ${node.id}: reachable only from its callers`)},`,
      `  allowAllOutbound: false,`,
      `});`,
      `const ${subnets} = new dax.CfnSubnetGroup(this, ${tsString(ctx.helperId(node.id, 'SubnetGroup'))}, {`,
      `  description: ${tsString(`Isolated subnets of DAX ${node.id}`)},`,
      `  subnetIds: vpc.selectSubnets(${ctx.subnets('data')}).subnetIds,`,
      `});`,
      `const ${params} = new dax.CfnParameterGroup(this, ${tsString(ctx.helperId(node.id, 'ParameterGroup'))}, {`,
      `  description: ${tsString(`Cache TTLs of DAX ${node.id}`)},`,
      `  // Items and query results stay cached for five minutes.`,
      `  parameterNameValues: { 'record-ttl-millis': '300000', 'query-ttl-millis': '300000' },`,
      `});`,
      `const ${v} = new dax.CfnCluster(this, ${tsString(id)}, {`,
      `  iamRoleArn: ${role}.roleArn,`,
      `  nodeType: ${ctx.size(node.id, 'nodeType', sizes['nodeType']!)},`,
      `  replicationFactor: ${ctx.size(node.id, 'replicationFactor', sizes['replicationFactor']!)},`,
      `  sseSpecification: { sseEnabled: true },`,
      `  clusterEndpointEncryptionType: 'TLS',`,
      `  subnetGroupName: ${subnets}.ref,`,
      `  parameterGroupName: ${params}.ref,`,
      `  securityGroupIds: [${sg}.securityGroupId],`,
      `});`,
    ];
    if (tables.length) {
      lines.push(
        `// DAX checks the role's permissions when it creates the cluster: attach the policy first.`,
        `${v}.node.addDependency(${role}.node.findChild('DefaultPolicy'));`,
      );
    }
    ctx.output(`${id}Endpoint`, `${v}.attrClusterDiscoveryEndpointUrl`, `Discovery endpoint of DAX ${node.id}`);
    return lines;
  },
};
