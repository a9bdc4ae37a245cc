import { join } from 'node:path';
import { z } from 'zod';
import { DOUBLES } from '../../../adapters/kit/mock/registry';
import { repoRoot } from '../../../lib/paths';
import { SUBGRAPHS } from '../../../lib/services';
import { casesSettings } from '../../../subgraphs/cases/config';
import { pensionsSettings } from '../../../subgraphs/pensions/config';
import { checkDeployment, CodeFacts, DeploymentFiles, readDeploymentFiles } from './deployment-check';
import { SERVICE_SETTINGS as SETTINGS } from './service-settings';

const code: CodeFacts = {
  version: require(join(repoRoot(), 'package.json')).version,
  settings: SETTINGS,
  subgraphs: SUBGRAPHS,
  doubles: DOUBLES,
};
const files = readDeploymentFiles(join(repoRoot(), 'docker'));

/** A deep copy of the files with one change: a port or a variable changed on one side only. */
function mutated(change: (copy: DeploymentFiles) => void): DeploymentFiles {
  const copy = structuredClone(files);
  change(copy);
  return copy;
}

const k8sDeployment = (copy: DeploymentFiles, service: string) =>
  copy.k8s[`${service}.yaml`].find((doc) => doc.kind === 'Deployment').spec.template.spec.containers[0];

test('the Dockerfile, compose file and Kubernetes manifests agree with the code', () => {
  expect(checkDeployment(files, code)).toEqual([]);
});

test('every service, every subgraph and every double has an entry', () => {
  expect(Object.keys(SETTINGS).sort()).toEqual(['gateway', ...SUBGRAPHS.map((subgraph) => subgraph.name)].sort());
  expect(Object.keys(files.compose.services).sort()).toEqual(
    ['postgres', 'redis', ...Object.keys(SETTINGS), ...DOUBLES.map(({ system }) => `${system}-double`)].sort(),
  );
  expect(Object.keys(files.k8s).sort()).toEqual(
    [
      'kustomization.yaml',
      'redis.yaml',
      'settings.yaml',
      ...Object.keys(SETTINGS).map((name) => `${name}.yaml`),
    ].sort(),
  );
});

describe('a change on one side only is caught', () => {
  test('compose: the catalogue moved to another port', () => {
    const copy = mutated((files) => (files.compose.services.catalogue.environment.PORT = '4011'));
    expect(checkDeployment(copy, code)).toEqual([
      'compose gateway: SUBGRAPH_CATALOGUE_URL uses port 4001 of catalogue, which listens on 4011',
      'compose catalogue: health check uses port 4001, the service listens on 4011',
      'compose cases: CATALOGUE_URL uses port 4001 of catalogue, which listens on 4011',
      'compose queue: CATALOGUE_URL uses port 4001 of catalogue, which listens on 4011',
    ]);
  });

  test('code: the pensions subgraph listens on another default port', () => {
    const moved = { ...SETTINGS, pensions: pensionsSettings.safeExtend({ PORT: z.coerce.number().default(4015) }) };
    expect(checkDeployment(files, { ...code, settings: moved })).toEqual([
      'compose gateway: SUBGRAPH_PENSIONS_URL uses port 4005 of pensions, which listens on 4015',
      'compose cases: SUBGRAPH_PENSIONS_URL uses port 4005 of pensions, which listens on 4015',
      'compose pensions: health check uses port 4005, the service listens on 4015',
      'k8s pensions: containerPort is 4005, the service listens on 4015',
    ]);
  });

  test('compose: a variable renamed', () => {
    const copy = mutated((files) => {
      const environment = files.compose.services['health-insurance'].environment;
      environment.HEALTH_INSURANCE_PASS = environment.HEALTH_INSURANCE_PASSWORD;
      delete environment.HEALTH_INSURANCE_PASSWORD;
    });
    expect(checkDeployment(copy, code)).toEqual([
      'compose health-insurance: sets HEALTH_INSURANCE_PASS, which the service does not read',
      'compose health-insurance: does not provide the secret HEALTH_INSURANCE_PASSWORD',
    ]);
  });

  test('code: a new setting without a default that no deployment provides', () => {
    const extended = { ...SETTINGS, cases: casesSettings.extend({ DISPATCH_TOKEN: z.string().min(1) }) };
    expect(checkDeployment(files, { ...code, settings: extended })).toEqual([
      'compose cases: DISPATCH_TOKEN: Invalid input: expected string, received undefined',
      'k8s cases: DISPATCH_TOKEN: Invalid input: expected string, received undefined',
    ]);
  });

  test('compose: a subgraph URL missing from the gateway', () => {
    const copy = mutated((files) => delete files.compose.services.gateway.environment.SUBGRAPH_QUEUE_URL);
    expect(checkDeployment(copy, code)).toEqual([
      'compose gateway: SUBGRAPH_QUEUE_URL is http://127.0.0.1:4007/graphql, the container itself',
    ]);
  });

  test('Kubernetes: the cases dispatcher left pointing at a department subgraph on its own pod', () => {
    const copy = mutated((files) => {
      const container = k8sDeployment(files, 'cases');
      container.env = container.env.filter((entry: any) => entry.name !== 'SUBGRAPH_PARTY_BUILDING_URL');
    });
    expect(checkDeployment(copy, code)).toEqual([
      'k8s cases: SUBGRAPH_PARTY_BUILDING_URL is http://127.0.0.1:4006/graphql, the container itself',
    ]);
  });

  test('Kubernetes: a container port, a probe and a secret', () => {
    const copy = mutated((files) => {
      k8sDeployment(files, 'cases').ports[0].containerPort = 4012;
      k8sDeployment(files, 'catalogue').readinessProbe.httpGet.path = '/health/live';
      const password = k8sDeployment(files, 'pensions').env.find((entry: any) => entry.name === 'PENSIONS_PASSWORD');
      delete password.valueFrom;
      password.value = 'cxjmyl-real-password';
    });
    expect(checkDeployment(copy, code)).toEqual([
      'k8s catalogue readinessProbe: must probe /health/ready',
      'k8s cases: containerPort is 4012, the service listens on 4002',
      'k8s pensions: the secret PENSIONS_PASSWORD does not come from a Secret',
    ]);
  });

  test('Kubernetes: a legacy account left at the double’s development default is refused in production', () => {
    const copy = mutated((files) => {
      const settings = files.k8s['settings.yaml'].find((doc) => doc.metadata.name === 'hub-legacy-systems');
      settings.data.PARTY_BUILDING_USERNAME = 'yinhe-community';
    });
    expect(checkDeployment(copy, code)).toEqual([
      "k8s party-building: PARTY_BUILDING_USERNAME: is the local double's development default, refused with NODE_ENV=production",
    ]);
  });

  test('images: an unpinned tag, and a hub image that is not this version', () => {
    const copy = mutated((files) => {
      files.compose.services.redis.image = 'redis:latest';
      k8sDeployment(files, 'gateway').image = 'registry.mengzi.gov.cn/one-window/hub:0.0.9';
      files.dockerfile = files.dockerfile.replace(/ARG NODE_IMAGE=\S+/, 'ARG NODE_IMAGE=node:20-slim');
    });
    expect(checkDeployment(copy, code)).toEqual([
      'Dockerfile: base image node:20-slim is not pinned to a full version',
      'compose redis: image redis:latest has no pinned tag',
      'k8s gateway.yaml: image registry.mengzi.gov.cn/one-window/hub:0.0.9 is not the package version 0.1.0',
    ]);
  });
});
