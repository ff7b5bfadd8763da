package io.newsflow.local;

import java.nio.file.Files;

/** The pipeline scenarios on the stack developers run: a real KRaft broker and the embedded Mongo server. */
class PipelineIT extends PipelineScenarios {

    @Override
    protected LocalStack startStack() throws Exception {
        return LocalStack.start(LocalStackSettings.forTests(Files.createTempDirectory("newsflow-it"), "test-token"));
    }
}
