import { App } from 'aws-cdk-lib';
import { CognitoStack } from '../lib/cognito-stack.mjs';

const app = new App();
new CognitoStack(app, 'Cognito');
app.synth();
