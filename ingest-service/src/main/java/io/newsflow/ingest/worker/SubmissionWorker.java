package io.newsflow.ingest.worker;

import io.newsflow.contracts.SubmissionRequested;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.config.IngestProperties;
import io.newsflow.messaging.EventCodec;
import io.newsflow.messaging.MalformedEventException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Takes submissions from the topic a batch at a time and works through each batch in parallel: the
 * polite fetcher queues requests per host, so a batch of URLs on many hosts proceeds at the pace of the
 * slowest host instead of one URL after another. The batch is done (its offsets committed) when every
 * submission in it reached a status.
 *
 * <p>Failures: a record that cannot be read is handed to the shared error handler by index
 * ({@link BatchListenerFailedException}): the records before it are processed first, it goes to the DLT
 * (FAILED MALFORMED_EVENT), the ones after it are delivered again. A submission whose status or article
 * the broker did not acknowledge fails the same way and is retried.
 */
@Component
class SubmissionWorker {

    private static final Logger log = LoggerFactory.getLogger(SubmissionWorker.class);

    private final EventCodec codec;
    private final SubmissionProcessor processor;
    private final IngestProperties props;

    SubmissionWorker(EventCodec codec, SubmissionProcessor processor, IngestProperties props) {
        this.codec = codec;
        this.processor = processor;
        this.props = props;
    }

    @KafkaListener(id = "ingest-submissions", topics = Topics.SUBMISSIONS, groupId = "newsflow-ingest",
            containerFactory = WorkerConfiguration.CONTAINER_FACTORY)
    void onSubmissions(List<ConsumerRecord<String, byte[]>> records) {
        List<SubmissionRequested> readable = new ArrayList<>();
        RuntimeException unreadable = null;
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                readable.add(decode(record));
            } catch (MalformedEventException e) {
                unreadable = e;
                break;
            }
        }
        List<Throwable> failures = processAll(readable);
        for (int i = 0; i < failures.size(); i++) {
            if (failures.get(i) != null) {
                throw new BatchListenerFailedException("submission " + readable.get(i).submissionId() + " failed: "
                        + failures.get(i).getMessage(), failures.get(i), records.get(i));
            }
        }
        if (unreadable != null) {
            throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, records.get(readable.size()));
        }
    }

    private SubmissionRequested decode(ConsumerRecord<String, byte[]> record) {
        SubmissionRequested submission = codec.decode(record.value(), SubmissionRequested.class);
        if (submission.submissionId() == null || submission.submissionId().isBlank()) {
            throw new MalformedEventException("submission without a submissionId");
        }
        return submission;
    }

    /** Processes every submission in parallel; the failure of each (null when it reached a status). */
    private List<Throwable> processAll(List<SubmissionRequested> submissions) {
        Throwable[] failures = new Throwable[submissions.size()];
        Flux.range(0, submissions.size())
                .flatMap(i -> processor.process(submissions.get(i))
                        .onErrorResume(error -> {
                            log.warn("submission {} not finished, will be retried: {}",
                                    submissions.get(i).submissionId(), error.toString());
                            failures[i] = error;
                            return Mono.empty();
                        }), Math.max(1, submissions.size()))
                .then()
                .block(props.batchTimeout());
        return java.util.Arrays.asList(failures);
    }
}
