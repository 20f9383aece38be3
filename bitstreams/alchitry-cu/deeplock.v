

module top(clock,reset_n,uart_rx,uart_tx,leds);
    
    // Module arguments
    input wire  clock;
    input wire  reset_n;
    input wire  uart_rx;
    output reg  uart_tx;
    output reg  [7:0] leds;
    
    // Constant declarations
    localparam  one26 = 26'h1;
    localparam  zero_stretch = 20'h0;
    localparam  one_stretch = 20'h1;
    localparam  all_stretch = 20'hfffff;
    localparam  zero8 = 8'h0;
    localparam  led$0 = 8'h1;
    localparam  led$1 = 8'h2;
    localparam  led$2 = 8'h4;
    localparam  led$3 = 8'h8;
    localparam  led$4 = 8'h10;
    localparam  led$5 = 8'h20;
    localparam  led$6 = 8'h40;
    localparam  led$7 = 8'h80;
    
    // Stub signals
    reg  pll$clock_in;
    wire  pll$clock_out;
    wire  pll$locked;
    reg  reset_generator$clock;
    reg  reset_generator$button_n;
    reg  reset_generator$locked;
    wire  reset_generator$reset;
    reg  front_end$clock;
    reg  front_end$reset;
    reg  front_end$rx;
    wire  front_end$tx;
    wire  front_end$write;
    wire  [23:0] front_end$write_address;
    wire  [7:0] front_end$write_data;
    reg  [7:0] front_end$write_status;
    wire  front_end$read;
    wire  [23:0] front_end$read_address;
    reg  [7:0] front_end$read_data;
    reg  front_end$core_busy;
    reg  [1:0] front_end$slot_done;
    reg  front_end$key_loaded;
    reg  front_end$model_ready;
    reg  [7:0] front_end$last_error;
    wire  front_end$activity;
    reg  core$clock;
    reg  core$reset;
    reg  core$write;
    reg  [23:0] core$write_address;
    reg  [7:0] core$write_data;
    wire  [7:0] core$write_status;
    reg  core$read;
    reg  [23:0] core$read_address;
    wire  [7:0] core$read_data;
    wire  core$key_loaded;
    wire  core$model_ready;
    wire  core$busy;
    wire  [1:0] core$slot_done;
    wire  [7:0] core$last_error;
    reg  [25:0] heartbeat$d;
    wire  [25:0] heartbeat$q;
    reg  heartbeat$clock;
    reg  [19:0] busy_stretch$d;
    wire  [19:0] busy_stretch$q;
    reg  busy_stretch$clock;
    reg  [19:0] activity_stretch$d;
    wire  [19:0] activity_stretch$q;
    reg  activity_stretch$clock;
    
    // Local signals
    reg  core_clock;
    reg  [7:0] led_bits;
    
    // Sub module instances
    top$pll pll(
        .clock_in(pll$clock_in),
        .clock_out(pll$clock_out),
        .locked(pll$locked)
    );
    top$reset_generator reset_generator(
        .clock(reset_generator$clock),
        .button_n(reset_generator$button_n),
        .locked(reset_generator$locked),
        .reset(reset_generator$reset)
    );
    top$front_end front_end(
        .clock(front_end$clock),
        .reset(front_end$reset),
        .rx(front_end$rx),
        .tx(front_end$tx),
        .write(front_end$write),
        .write_address(front_end$write_address),
        .write_data(front_end$write_data),
        .write_status(front_end$write_status),
        .read(front_end$read),
        .read_address(front_end$read_address),
        .read_data(front_end$read_data),
        .core_busy(front_end$core_busy),
        .slot_done(front_end$slot_done),
        .key_loaded(front_end$key_loaded),
        .model_ready(front_end$model_ready),
        .last_error(front_end$last_error),
        .activity(front_end$activity)
    );
    top$core core(
        .clock(core$clock),
        .reset(core$reset),
        .write(core$write),
        .write_address(core$write_address),
        .write_data(core$write_data),
        .write_status(core$write_status),
        .read(core$read),
        .read_address(core$read_address),
        .read_data(core$read_data),
        .key_loaded(core$key_loaded),
        .model_ready(core$model_ready),
        .busy(core$busy),
        .slot_done(core$slot_done),
        .last_error(core$last_error)
    );
    top$heartbeat heartbeat(
        .d(heartbeat$d),
        .q(heartbeat$q),
        .clock(heartbeat$clock)
    );
    top$busy_stretch busy_stretch(
        .d(busy_stretch$d),
        .q(busy_stretch$q),
        .clock(busy_stretch$clock)
    );
    top$activity_stretch activity_stretch(
        .d(activity_stretch$d),
        .q(activity_stretch$q),
        .clock(activity_stretch$clock)
    );
    
    // Update code
    always @(*) begin
        pll$clock_in = clock;
        core_clock = pll$clock_out;
        heartbeat$clock = core_clock;
        busy_stretch$clock = core_clock;
        activity_stretch$clock = core_clock;
        heartbeat$d = heartbeat$q;
        busy_stretch$d = busy_stretch$q;
        activity_stretch$d = activity_stretch$q;
        reset_generator$clock = core_clock;
        front_end$clock = core_clock;
        core$clock = core_clock;
        reset_generator$button_n = reset_n;
        reset_generator$locked = pll$locked;
        front_end$reset = reset_generator$reset;
        core$reset = reset_generator$reset;
        front_end$rx = uart_rx;
        uart_tx = front_end$tx;
        core$write = front_end$write;
        core$write_address = front_end$write_address;
        core$write_data = front_end$write_data;
        front_end$write_status = core$write_status;
        core$read = front_end$read;
        core$read_address = front_end$read_address;
        front_end$read_data = core$read_data;
        front_end$core_busy = core$busy;
        front_end$slot_done = core$slot_done;
        front_end$key_loaded = core$key_loaded;
        front_end$model_ready = core$model_ready;
        front_end$last_error = core$last_error;
        heartbeat$d = heartbeat$q + one26;
        if (busy_stretch$q != zero_stretch) begin
            busy_stretch$d = busy_stretch$q - one_stretch;
        end
        if (core$busy) begin
            busy_stretch$d = all_stretch;
        end
        if (activity_stretch$q != zero_stretch) begin
            activity_stretch$d = activity_stretch$q - one_stretch;
        end
        if (front_end$activity) begin
            activity_stretch$d = all_stretch;
        end
        led_bits = zero8;
        if (heartbeat$q[32'h19]) begin
            led_bits = led_bits | led$0;
        end
        if (core$key_loaded) begin
            led_bits = led_bits | led$1;
        end
        if (core$model_ready) begin
            led_bits = led_bits | led$2;
        end
        if (busy_stretch$q != zero_stretch) begin
            led_bits = led_bits | led$3;
        end
        if (core$last_error != zero8) begin
            led_bits = led_bits | led$4;
        end
        if (activity_stretch$q != zero_stretch) begin
            led_bits = led_bits | led$5;
        end
        if (pll$locked) begin
            led_bits = led_bits | led$6;
        end
        if (reset_generator$reset) begin
            led_bits = led_bits | led$7;
        end
        leds = led_bits;
    end
    
endmodule // top


module top$activity_stretch(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$activity_stretch


module top$busy_stretch(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$busy_stretch


module top$core(clock,reset,write,write_address,write_data,write_status,read,read_address,read_data,key_loaded,model_ready,busy,slot_done,last_error);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  write;
    input wire  [23:0] write_address;
    input wire  [7:0] write_data;
    output reg  [7:0] write_status;
    input wire  read;
    input wire  [23:0] read_address;
    output reg  [7:0] read_data;
    output reg  key_loaded;
    output reg  model_ready;
    output reg  busy;
    output reg  [1:0] slot_done;
    output reg  [7:0] last_error;
    
    // Constant declarations
    localparam  info$0 = 8'h44;
    localparam  info$1 = 8'h4c;
    localparam  info$2 = 8'h43;
    localparam  info$3 = 8'h4b;
    localparam  info$4 = 8'h1;
    localparam  info$5 = 8'h2;
    localparam  info$6 = 8'h4;
    localparam  info$7 = 8'h1;
    localparam  info$8 = 8'h0;
    localparam  info$9 = 8'h34;
    localparam  info$10 = 8'h0;
    localparam  info$11 = 8'h0;
    localparam  info$12 = 8'h0;
    localparam  info$13 = 8'h4;
    localparam  info$14 = 8'h3e;
    localparam  info$15 = 8'h0;
    localparam  info$16 = 8'h0;
    localparam  info$17 = 8'h87;
    localparam  info$18 = 8'h93;
    localparam  info$19 = 8'h3;
    localparam  info$20 = 8'h0;
    localparam  info$21 = 8'h1b;
    localparam  info$22 = 8'hb7;
    localparam  info$23 = 8'h0;
    localparam  info$24 = 8'h0;
    localparam  info$25 = 8'h4;
    localparam  info$26 = 8'h63;
    localparam  info$27 = 8'h75;
    localparam  info$28 = 8'h0;
    localparam  info$29 = 8'h0;
    localparam  info$30 = 8'h0;
    localparam  info$31 = 8'h0;
    localparam  offsets$0 = 16'h0;
    localparam  offsets$1 = 16'h1;
    localparam  offsets$2 = 16'h2;
    localparam  offsets$3 = 16'h3;
    localparam  offsets$4 = 16'h4;
    localparam  offsets$5 = 16'h5;
    localparam  offsets$6 = 16'h6;
    localparam  offsets$7 = 16'h7;
    localparam  offsets$8 = 16'h8;
    localparam  offsets$9 = 16'h9;
    localparam  offsets$10 = 16'ha;
    localparam  offsets$11 = 16'hb;
    localparam  offsets$12 = 16'hc;
    localparam  offsets$13 = 16'hd;
    localparam  offsets$14 = 16'he;
    localparam  offsets$15 = 16'hf;
    localparam  offsets$16 = 16'h10;
    localparam  offsets$17 = 16'h11;
    localparam  offsets$18 = 16'h12;
    localparam  offsets$19 = 16'h13;
    localparam  offsets$20 = 16'h14;
    localparam  offsets$21 = 16'h15;
    localparam  offsets$22 = 16'h16;
    localparam  offsets$23 = 16'h17;
    localparam  offsets$24 = 16'h18;
    localparam  offsets$25 = 16'h19;
    localparam  offsets$26 = 16'h1a;
    localparam  offsets$27 = 16'h1b;
    localparam  offsets$28 = 16'h1c;
    localparam  offsets$29 = 16'h1d;
    localparam  offsets$30 = 16'h1e;
    localparam  offsets$31 = 16'h1f;
    localparam  zero16 = 16'h0;
    localparam  zero3 = 3'b0;
    localparam  one3 = 3'b1;
    localparam  settle_clocks = 3'b101;
    localparam  bypass = 1'b0;
    localparam  weight_kib = 14'b1101;
    localparam  key_region = 8'h82;
    localparam  key_mask = 16'hfff0;
    localparam  key_commit_offset = 16'h10;
    localparam  key_clear_offset = 16'h11;
    localparam  key_discard_offset = 16'h12;
    localparam  config_region = 8'h83;
    localparam  config_bytes = 8'h28;
    localparam  config_commit_offset = 16'h100;
    localparam  input0_region = 8'h84;
    localparam  input1_region = 8'h85;
    localparam  slot_mask = 16'hfc00;
    localparam  run_region = 8'h86;
    localparam  info_region = 8'h80;
    localparam  info_bytes = 16'h20;
    localparam  status_region = 8'h81;
    localparam  status_bytes = 16'h10;
    localparam  result0_region = 8'h87;
    localparam  result1_region = 8'h88;
    localparam  result_slot_bytes = 16'h100;
    localparam  result_slot = 11'b100000000;
    localparam  lane_low_mask = 24'h1;
    localparam  lanes_less_one = 24'h1;
    localparam  lane_shift = 8'h1;
    localparam  top_byte_shift = 8'h8;
    localparam  byte_shift = 8'h8;
    localparam  slot_flag_shift = 8'h3;
    localparam  zero2 = 2'b0;
    localparam  one2 = 2'b1;
    localparam  flag_key = 8'h1;
    localparam  flag_model = 8'h2;
    localparam  flag_busy = 8'h4;
    localparam  zero64 = 64'h0;
    localparam  two2 = 2'b10;
    localparam  not_one2 = 2'b10;
    localparam  not_two2 = 2'b1;
    localparam  zero8 = 8'h0;
    localparam  one8 = 8'h1;
    localparam  zero32 = 32'h0;
    localparam  one32 = 32'h1;
    localparam  one64 = 64'h1;
    localparam  code_busy = 8'ha;
    localparam  code_no_key = 8'h4;
    localparam  code_no_model = 8'h5;
    localparam  code_key_loaded = 8'h6;
    localparam  code_bad_address = 8'h7;
    localparam  code_bad_length = 8'h2;
    
    // Stub signals
    reg  unlock$clock;
    reg  unlock$reset;
    reg  unlock$key_write;
    reg  [7:0] unlock$key_write_data;
    reg  unlock$key_commit;
    reg  unlock$key_clear;
    reg  unlock$key_discard;
    wire  unlock$key_commit_error;
    wire  unlock$key_loaded;
    reg  unlock$restart;
    reg  [15:0] unlock$locked_data;
    reg  unlock$locked_valid;
    wire  unlock$locked_ready;
    wire  [15:0] unlock$plain_data;
    wire  unlock$plain_valid;
    reg  unlock$plain_ready;
    reg  weights$clock;
    reg  [13:0] weights$read_address;
    wire  [15:0] weights$read_data;
    reg  [13:0] weights$write_address;
    reg  [15:0] weights$write_data;
    reg  weights$write_enable;
    reg  act0$clock;
    reg  [8:0] act0$read_address;
    wire  [15:0] act0$read_data;
    reg  [8:0] act0$write_address;
    reg  [15:0] act0$write_data;
    reg  act0$write_enable;
    reg  act1$clock;
    reg  [8:0] act1$read_address;
    wire  [15:0] act1$read_data;
    reg  [8:0] act1$write_address;
    reg  [15:0] act1$write_data;
    reg  act1$write_enable;
    reg  results$clock;
    reg  [10:0] results$read_address;
    wire  [7:0] results$read_data;
    reg  [10:0] results$write_address;
    reg  [7:0] results$write_data;
    reg  results$write_enable;
    reg  streamer$clock;
    reg  streamer$reset;
    reg  streamer$start;
    reg  [13:0] streamer$words;
    wire  [13:0] streamer$mem_address;
    reg  [15:0] streamer$mem_data;
    wire  [15:0] streamer$data;
    wire  streamer$valid;
    reg  streamer$ready;
    reg  sequencer$clock;
    reg  sequencer$reset;
    reg  sequencer$start;
    wire  [3:0] sequencer$layer;
    reg  [15:0] sequencer$layer_inputs;
    reg  [15:0] sequencer$layer_outputs;
    reg  [15:0] sequencer$layer_input_offset;
    reg  sequencer$layer_is_last;
    reg  [15:0] sequencer$beat_data;
    reg  sequencer$beat_valid;
    wire  sequencer$beat_ready;
    wire  [8:0] sequencer$act_address;
    wire  sequencer$mac_valid;
    reg  sequencer$mac_ready;
    wire  [15:0] sequencer$mac_weights;
    wire  [1:0] sequencer$mac_lane_mask;
    wire  sequencer$mac_row_start;
    wire  sequencer$mac_row_end;
    wire  [31:0] sequencer$mac_bias;
    wire  [15:0] sequencer$mac_multiplier;
    wire  [7:0] sequencer$mac_shift;
    wire  sequencer$mac_last_layer;
    reg  sequencer$drained;
    wire  sequencer$finished;
    reg  mac$clock;
    reg  mac$reset;
    reg  mac$beat_valid;
    wire  mac$beat_ready;
    reg  [15:0] mac$weights;
    reg  [15:0] mac$activations;
    reg  [1:0] mac$lane_mask;
    reg  mac$row_start;
    reg  mac$row_end;
    reg  [31:0] mac$bias;
    reg  [15:0] mac$multiplier;
    reg  [7:0] mac$shift;
    reg  mac$last_layer;
    wire  mac$row_valid;
    reg  mac$row_ready;
    wire  [31:0] mac$row_acc;
    wire  [15:0] mac$row_multiplier;
    wire  [7:0] mac$row_shift;
    wire  mac$row_last_layer;
    wire  mac$empty;
    reg  outputs$clock;
    reg  outputs$reset;
    reg  outputs$start;
    reg  outputs$row_valid;
    wire  outputs$row_ready;
    reg  [31:0] outputs$row_acc;
    reg  [15:0] outputs$row_multiplier;
    reg  [7:0] outputs$row_shift;
    reg  outputs$row_last_layer;
    reg  [15:0] outputs$layer_outputs;
    reg  [15:0] outputs$layer_output_offset;
    wire  outputs$act_write_enable;
    wire  [8:0] outputs$act_write_address;
    wire  [15:0] outputs$act_write_data;
    wire  outputs$result_write_enable;
    wire  [9:0] outputs$result_write_address;
    wire  [7:0] outputs$result_write_data;
    reg  outputs$finish;
    reg  [31:0] outputs$cycles;
    wire  outputs$idle;
    wire  outputs$done;
    reg  model_config$clock;
    reg  model_config$reset;
    reg  model_config$write;
    reg  [7:0] model_config$write_data;
    reg  [3:0] model_config$layer_select;
    wire  [15:0] model_config$layer_inputs;
    wire  [15:0] model_config$layer_outputs;
    wire  [15:0] model_config$layer_input_offset;
    wire  [15:0] model_config$layer_output_offset;
    wire  model_config$layer_is_last;
    wire  [3:0] model_config$layer_count;
    wire  [31:0] model_config$payload_len;
    wire  [31:0] model_config$payload_crc;
    reg  check$clock;
    reg  check$reset;
    reg  check$start;
    wire  check$done;
    wire  [7:0] check$error;
    wire  [3:0] check$layer_select;
    reg  [15:0] check$layer_inputs;
    reg  [15:0] check$layer_outputs;
    reg  [15:0] check$layer_input_offset;
    reg  [15:0] check$layer_output_offset;
    reg  check$layer_is_last;
    reg  [3:0] check$layer_count;
    reg  [31:0] check$payload_len;
    reg  [31:0] check$payload_crc;
    wire  [13:0] check$mem_address;
    reg  [15:0] check$mem_data;
    reg  ready$d;
    wire  ready$q;
    reg  ready$clock;
    reg  running$d;
    wire  running$q;
    reg  running$clock;
    reg  running_slot$d;
    wire  running_slot$q;
    reg  running_slot$clock;
    reg  [1:0] done_slots$d;
    wire  [1:0] done_slots$q;
    reg  done_slots$clock;
    reg  [7:0] error_code$d;
    wire  [7:0] error_code$q;
    reg  error_code$clock;
    reg  [7:0] status_code$d;
    wire  [7:0] status_code$q;
    reg  status_code$clock;
    reg  [31:0] runs$d;
    wire  [31:0] runs$q;
    reg  runs$clock;
    reg  [63:0] uptime$d;
    wire  [63:0] uptime$q;
    reg  uptime$clock;
    reg  [31:0] cycles$d;
    wire  [31:0] cycles$q;
    reg  cycles$clock;
    reg  [15:0] pack$d;
    wire  [15:0] pack$q;
    reg  pack$clock;
    reg  [31:0] shadow_runs$d;
    wire  [31:0] shadow_runs$q;
    reg  shadow_runs$clock;
    reg  [63:0] shadow_uptime$d;
    wire  [63:0] shadow_uptime$q;
    reg  shadow_uptime$clock;
    reg  [7:0] read_byte$d;
    wire  [7:0] read_byte$q;
    reg  read_byte$clock;
    reg  read_from_results$d;
    wire  read_from_results$q;
    reg  read_from_results$clock;
    reg  start$d;
    wire  start$q;
    reg  start$clock;
    reg  [10:0] result_address_held$d;
    wire  [10:0] result_address_held$q;
    reg  result_address_held$clock;
    reg  [2:0] key_settle$d;
    wire  [2:0] key_settle$q;
    reg  key_settle$clock;
    reg  checking$d;
    wire  checking$q;
    reg  checking$clock;
    reg  plain_skid$clock;
    reg  plain_skid$flush;
    reg  [15:0] plain_skid$in_data;
    reg  plain_skid$in_valid;
    wire  plain_skid$in_ready;
    wire  [15:0] plain_skid$out_data;
    wire  plain_skid$out_valid;
    reg  plain_skid$out_ready;
    reg  weight_write$d;
    wire  weight_write$q;
    reg  weight_write$clock;
    reg  [13:0] weight_write_address$d;
    wire  [13:0] weight_write_address$q;
    reg  weight_write_address$clock;
    reg  [15:0] weight_write_data$d;
    wire  [15:0] weight_write_data$q;
    reg  weight_write_data$clock;
    reg  check_start$d;
    wire  check_start$q;
    reg  check_start$clock;
    
    // Local signals
    reg  in_weights;
    reg  in_key;
    reg  in_config;
    reg  in_input0;
    reg  in_input1;
    reg  [7:0] refuse;
    reg  go;
    reg  core_busy;
    reg  [15:0] packed_word;
    reg  word_ends;
    reg  [23:0] weight_word_wide;
    reg  [15:0] input_word_wide;
    reg  [31:0] payload_words_wide;
    reg  [7:0] status_flags;
    reg  [7:0] read_region;
    reg  [15:0] read_offset;
    reg  in_result0;
    reg  in_result1;
    reg  [7:0] write_region;
    reg  [15:0] write_offset;
    reg  is_key_commit;
    reg  is_key_clear;
    reg  is_key_discard;
    reg  is_config_commit;
    reg  is_run;
    reg  [10:0] result_offset;
    reg  [10:0] result_read_address;
    reg  commit_config;
    reg  [13:0] write_kib;
    reg  [7:0] offset_high;
    reg  [7:0] offset_low;
    
    // Sub module instances
    top$core$unlock unlock(
        .clock(unlock$clock),
        .reset(unlock$reset),
        .key_write(unlock$key_write),
        .key_write_data(unlock$key_write_data),
        .key_commit(unlock$key_commit),
        .key_clear(unlock$key_clear),
        .key_discard(unlock$key_discard),
        .key_commit_error(unlock$key_commit_error),
        .key_loaded(unlock$key_loaded),
        .restart(unlock$restart),
        .locked_data(unlock$locked_data),
        .locked_valid(unlock$locked_valid),
        .locked_ready(unlock$locked_ready),
        .plain_data(unlock$plain_data),
        .plain_valid(unlock$plain_valid),
        .plain_ready(unlock$plain_ready)
    );
    top$core$weights weights(
        .clock(weights$clock),
        .read_address(weights$read_address),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    top$core$act0 act0(
        .clock(act0$clock),
        .read_address(act0$read_address),
        .read_data(act0$read_data),
        .write_address(act0$write_address),
        .write_data(act0$write_data),
        .write_enable(act0$write_enable)
    );
    top$core$act1 act1(
        .clock(act1$clock),
        .read_address(act1$read_address),
        .read_data(act1$read_data),
        .write_address(act1$write_address),
        .write_data(act1$write_data),
        .write_enable(act1$write_enable)
    );
    top$core$results results(
        .clock(results$clock),
        .read_address(results$read_address),
        .read_data(results$read_data),
        .write_address(results$write_address),
        .write_data(results$write_data),
        .write_enable(results$write_enable)
    );
    top$core$streamer streamer(
        .clock(streamer$clock),
        .reset(streamer$reset),
        .start(streamer$start),
        .words(streamer$words),
        .mem_address(streamer$mem_address),
        .mem_data(streamer$mem_data),
        .data(streamer$data),
        .valid(streamer$valid),
        .ready(streamer$ready)
    );
    top$core$sequencer sequencer(
        .clock(sequencer$clock),
        .reset(sequencer$reset),
        .start(sequencer$start),
        .layer(sequencer$layer),
        .layer_inputs(sequencer$layer_inputs),
        .layer_outputs(sequencer$layer_outputs),
        .layer_input_offset(sequencer$layer_input_offset),
        .layer_is_last(sequencer$layer_is_last),
        .beat_data(sequencer$beat_data),
        .beat_valid(sequencer$beat_valid),
        .beat_ready(sequencer$beat_ready),
        .act_address(sequencer$act_address),
        .mac_valid(sequencer$mac_valid),
        .mac_ready(sequencer$mac_ready),
        .mac_weights(sequencer$mac_weights),
        .mac_lane_mask(sequencer$mac_lane_mask),
        .mac_row_start(sequencer$mac_row_start),
        .mac_row_end(sequencer$mac_row_end),
        .mac_bias(sequencer$mac_bias),
        .mac_multiplier(sequencer$mac_multiplier),
        .mac_shift(sequencer$mac_shift),
        .mac_last_layer(sequencer$mac_last_layer),
        .drained(sequencer$drained),
        .finished(sequencer$finished)
    );
    top$core$mac mac(
        .clock(mac$clock),
        .reset(mac$reset),
        .beat_valid(mac$beat_valid),
        .beat_ready(mac$beat_ready),
        .weights(mac$weights),
        .activations(mac$activations),
        .lane_mask(mac$lane_mask),
        .row_start(mac$row_start),
        .row_end(mac$row_end),
        .bias(mac$bias),
        .multiplier(mac$multiplier),
        .shift(mac$shift),
        .last_layer(mac$last_layer),
        .row_valid(mac$row_valid),
        .row_ready(mac$row_ready),
        .row_acc(mac$row_acc),
        .row_multiplier(mac$row_multiplier),
        .row_shift(mac$row_shift),
        .row_last_layer(mac$row_last_layer),
        .empty(mac$empty)
    );
    top$core$outputs outputs(
        .clock(outputs$clock),
        .reset(outputs$reset),
        .start(outputs$start),
        .row_valid(outputs$row_valid),
        .row_ready(outputs$row_ready),
        .row_acc(outputs$row_acc),
        .row_multiplier(outputs$row_multiplier),
        .row_shift(outputs$row_shift),
        .row_last_layer(outputs$row_last_layer),
        .layer_outputs(outputs$layer_outputs),
        .layer_output_offset(outputs$layer_output_offset),
        .act_write_enable(outputs$act_write_enable),
        .act_write_address(outputs$act_write_address),
        .act_write_data(outputs$act_write_data),
        .result_write_enable(outputs$result_write_enable),
        .result_write_address(outputs$result_write_address),
        .result_write_data(outputs$result_write_data),
        .finish(outputs$finish),
        .cycles(outputs$cycles),
        .idle(outputs$idle),
        .done(outputs$done)
    );
    top$core$model_config model_config(
        .clock(model_config$clock),
        .reset(model_config$reset),
        .write(model_config$write),
        .write_data(model_config$write_data),
        .layer_select(model_config$layer_select),
        .layer_inputs(model_config$layer_inputs),
        .layer_outputs(model_config$layer_outputs),
        .layer_input_offset(model_config$layer_input_offset),
        .layer_output_offset(model_config$layer_output_offset),
        .layer_is_last(model_config$layer_is_last),
        .layer_count(model_config$layer_count),
        .payload_len(model_config$payload_len),
        .payload_crc(model_config$payload_crc)
    );
    top$core$check check(
        .clock(check$clock),
        .reset(check$reset),
        .start(check$start),
        .done(check$done),
        .error(check$error),
        .layer_select(check$layer_select),
        .layer_inputs(check$layer_inputs),
        .layer_outputs(check$layer_outputs),
        .layer_input_offset(check$layer_input_offset),
        .layer_output_offset(check$layer_output_offset),
        .layer_is_last(check$layer_is_last),
        .layer_count(check$layer_count),
        .payload_len(check$payload_len),
        .payload_crc(check$payload_crc),
        .mem_address(check$mem_address),
        .mem_data(check$mem_data)
    );
    top$core$ready ready(
        .d(ready$d),
        .q(ready$q),
        .clock(ready$clock)
    );
    top$core$running running(
        .d(running$d),
        .q(running$q),
        .clock(running$clock)
    );
    top$core$running_slot running_slot(
        .d(running_slot$d),
        .q(running_slot$q),
        .clock(running_slot$clock)
    );
    top$core$done_slots done_slots(
        .d(done_slots$d),
        .q(done_slots$q),
        .clock(done_slots$clock)
    );
    top$core$error_code error_code(
        .d(error_code$d),
        .q(error_code$q),
        .clock(error_code$clock)
    );
    top$core$status_code status_code(
        .d(status_code$d),
        .q(status_code$q),
        .clock(status_code$clock)
    );
    top$core$runs runs(
        .d(runs$d),
        .q(runs$q),
        .clock(runs$clock)
    );
    top$core$uptime uptime(
        .d(uptime$d),
        .q(uptime$q),
        .clock(uptime$clock)
    );
    top$core$cycles cycles(
        .d(cycles$d),
        .q(cycles$q),
        .clock(cycles$clock)
    );
    top$core$pack pack(
        .d(pack$d),
        .q(pack$q),
        .clock(pack$clock)
    );
    top$core$shadow_runs shadow_runs(
        .d(shadow_runs$d),
        .q(shadow_runs$q),
        .clock(shadow_runs$clock)
    );
    top$core$shadow_uptime shadow_uptime(
        .d(shadow_uptime$d),
        .q(shadow_uptime$q),
        .clock(shadow_uptime$clock)
    );
    top$core$read_byte read_byte(
        .d(read_byte$d),
        .q(read_byte$q),
        .clock(read_byte$clock)
    );
    top$core$read_from_results read_from_results(
        .d(read_from_results$d),
        .q(read_from_results$q),
        .clock(read_from_results$clock)
    );
    top$core$start start(
        .d(start$d),
        .q(start$q),
        .clock(start$clock)
    );
    top$core$result_address_held result_address_held(
        .d(result_address_held$d),
        .q(result_address_held$q),
        .clock(result_address_held$clock)
    );
    top$core$key_settle key_settle(
        .d(key_settle$d),
        .q(key_settle$q),
        .clock(key_settle$clock)
    );
    top$core$checking checking(
        .d(checking$d),
        .q(checking$q),
        .clock(checking$clock)
    );
    top$core$plain_skid plain_skid(
        .clock(plain_skid$clock),
        .flush(plain_skid$flush),
        .in_data(plain_skid$in_data),
        .in_valid(plain_skid$in_valid),
        .in_ready(plain_skid$in_ready),
        .out_data(plain_skid$out_data),
        .out_valid(plain_skid$out_valid),
        .out_ready(plain_skid$out_ready)
    );
    top$core$weight_write weight_write(
        .d(weight_write$d),
        .q(weight_write$q),
        .clock(weight_write$clock)
    );
    top$core$weight_write_address weight_write_address(
        .d(weight_write_address$d),
        .q(weight_write_address$q),
        .clock(weight_write_address$clock)
    );
    top$core$weight_write_data weight_write_data(
        .d(weight_write_data$d),
        .q(weight_write_data$q),
        .clock(weight_write_data$clock)
    );
    top$core$check_start check_start(
        .d(check_start$d),
        .q(check_start$q),
        .clock(check_start$clock)
    );
    
    // Update code
    always @(*) begin
        ready$clock = clock;
        running$clock = clock;
        running_slot$clock = clock;
        done_slots$clock = clock;
        error_code$clock = clock;
        status_code$clock = clock;
        runs$clock = clock;
        uptime$clock = clock;
        cycles$clock = clock;
        pack$clock = clock;
        shadow_runs$clock = clock;
        shadow_uptime$clock = clock;
        read_byte$clock = clock;
        read_from_results$clock = clock;
        result_address_held$clock = clock;
        key_settle$clock = clock;
        checking$clock = clock;
        start$clock = clock;
        check_start$clock = clock;
        weight_write$clock = clock;
        weight_write_address$clock = clock;
        weight_write_data$clock = clock;
        ready$d = ready$q;
        running$d = running$q;
        running_slot$d = running_slot$q;
        done_slots$d = done_slots$q;
        error_code$d = error_code$q;
        status_code$d = status_code$q;
        runs$d = runs$q;
        uptime$d = uptime$q;
        cycles$d = cycles$q;
        pack$d = pack$q;
        shadow_runs$d = shadow_runs$q;
        shadow_uptime$d = shadow_uptime$q;
        read_byte$d = read_byte$q;
        read_from_results$d = read_from_results$q;
        result_address_held$d = result_address_held$q;
        key_settle$d = key_settle$q;
        checking$d = checking$q;
        start$d = start$q;
        check_start$d = check_start$q;
        weight_write$d = weight_write$q;
        weight_write_address$d = weight_write_address$q;
        weight_write_data$d = weight_write_data$q;
        plain_skid$clock = clock;
        unlock$clock = clock;
        weights$clock = clock;
        act0$clock = clock;
        act1$clock = clock;
        results$clock = clock;
        streamer$clock = clock;
        sequencer$clock = clock;
        mac$clock = clock;
        outputs$clock = clock;
        model_config$clock = clock;
        check$clock = clock;
        unlock$reset = reset;
        streamer$reset = reset;
        sequencer$reset = reset;
        mac$reset = reset;
        outputs$reset = reset;
        model_config$reset = reset;
        check$reset = reset;
        uptime$d = uptime$q + one64;
        core_busy = running$q | checking$q | (key_settle$q != zero3);
        if (key_settle$q != zero3) begin
            key_settle$d = key_settle$q - one3;
        end
        write_region = write_address[(32'h10)+:(8)];
        write_offset = write_address[(32'h0)+:(16)];
        write_kib = write_address[(32'ha)+:(14)];
        offset_high = write_offset[(32'h8)+:(8)];
        offset_low = write_offset[(32'h0)+:(8)];
        in_weights = write_kib < weight_kib;
        in_key = (write_region == key_region) & ((write_offset & key_mask) == zero16);
        is_key_commit = (write_region == key_region) & (write_offset == key_commit_offset);
        is_key_clear = (write_region == key_region) & (write_offset == key_clear_offset);
        is_key_discard = (write_region == key_region) & (write_offset == key_discard_offset);
        in_config = (write_region == config_region) & (offset_high == zero8) & (offset_low < config_bytes);
        is_config_commit = (write_region == config_region) & (write_offset == config_commit_offset);
        in_input0 = (write_region == input0_region) & ((write_offset & slot_mask) == zero16);
        in_input1 = (write_region == input1_region) & ((write_offset & slot_mask) == zero16);
        is_run = (write_region == run_region) & (write_offset == zero16);
        refuse = code_bad_address;
        if (in_key | is_key_discard) begin
            refuse = zero8;
        end
        if (in_weights | in_config | is_key_clear) begin
            refuse = zero8;
            if (core_busy) begin
                refuse = code_busy;
            end
        end
        if (is_config_commit) begin
            refuse = zero8;
            if (core_busy) begin
                refuse = code_busy;
            end
        end
        if (is_key_commit) begin
            refuse = zero8;
            if (core_busy) begin
                refuse = code_busy;
            end
            else if (unlock$key_loaded) begin
                refuse = code_key_loaded;
            end
        end
        if (in_input0) begin
            refuse = zero8;
            if (running$q & ~running_slot$q) begin
                refuse = code_busy;
            end
        end
        if (in_input1) begin
            refuse = zero8;
            if (running$q & running_slot$q) begin
                refuse = code_busy;
            end
        end
        if (is_run) begin
            refuse = zero8;
            if (core_busy) begin
                refuse = code_busy;
            end
            else if (~unlock$key_loaded & ~bypass) begin
                refuse = code_no_key;
            end
            else if (~ready$q) begin
                refuse = code_no_model;
            end
            else if (write_data > one8) begin
                refuse = code_bad_address;
            end
        end
        if (write) begin
            status_code$d = refuse;
            if (refuse != zero8) begin
                error_code$d = refuse;
            end
        end
        write_status = status_code$q;
        if (unlock$key_commit_error) begin
            write_status = code_bad_length;
            error_code$d = code_bad_length;
        end
        go = write & is_run & (refuse == zero8);
        unlock$key_write = write & in_key;
        unlock$key_write_data = write_data;
        unlock$key_commit = write & is_key_commit & (refuse == zero8);
        unlock$key_clear = write & is_key_clear & (refuse == zero8);
        unlock$key_discard = write & is_key_discard;
        if (write & (is_key_commit | is_key_clear) & (refuse == zero8)) begin
            key_settle$d = settle_clocks;
        end
        packed_word = (pack$q >> byte_shift) | (((write_data) & 16'hffff) << top_byte_shift);
        word_ends = (write_address & lane_low_mask) == lanes_less_one;
        weight_word_wide = write_address >> lane_shift;
        input_word_wide = write_offset >> lane_shift;
        if (write & (refuse == zero8)) begin
            pack$d = packed_word;
        end
        weight_write_address$d = weight_word_wide[(32'h0)+:(14)];
        weight_write_data$d = packed_word;
        weight_write$d = write & in_weights & word_ends & (refuse == zero8);
        weights$write_address = weight_write_address$q;
        weights$write_data = weight_write_data$q;
        weights$write_enable = weight_write$q;
        model_config$write = write & in_config & (refuse == zero8);
        model_config$write_data = write_data;
        commit_config = write & is_config_commit & (refuse == zero8);
        check_start$d = commit_config & ~reset;
        check$start = check_start$q;
        checking$d = commit_config | (checking$q & ~check$done);
        if (reset) begin
            checking$d = 1'b0;
        end
        if (write & (in_weights | in_config | is_config_commit) & (refuse == zero8)) begin
            ready$d = 1'b0;
        end
        if (check$done) begin
            ready$d = check$error == zero8;
            if (check$error != zero8) begin
                error_code$d = check$error;
            end
        end
        model_config$layer_select = sequencer$layer;
        if (checking$q) begin
            model_config$layer_select = check$layer_select;
        end
        check$layer_inputs = model_config$layer_inputs;
        check$layer_outputs = model_config$layer_outputs;
        check$layer_input_offset = model_config$layer_input_offset;
        check$layer_output_offset = model_config$layer_output_offset;
        check$layer_is_last = model_config$layer_is_last;
        check$layer_count = model_config$layer_count;
        check$payload_len = model_config$payload_len;
        check$payload_crc = model_config$payload_crc;
        check$mem_data = weights$read_data;
        weights$read_address = streamer$mem_address;
        if (checking$q) begin
            weights$read_address = check$mem_address;
        end
        payload_words_wide = model_config$payload_len >> lane_shift;
        streamer$start = start$q;
        streamer$words = payload_words_wide[(32'h0)+:(14)];
        streamer$mem_data = weights$read_data;
        unlock$restart = start$q;
        unlock$locked_data = streamer$data;
        unlock$locked_valid = streamer$valid;
        streamer$ready = unlock$locked_ready;
        plain_skid$flush = reset | start$q;
        plain_skid$in_data = unlock$plain_data;
        plain_skid$in_valid = unlock$plain_valid;
        unlock$plain_ready = plain_skid$in_ready;
        if (bypass) begin
            plain_skid$in_data = streamer$data;
            plain_skid$in_valid = streamer$valid;
            streamer$ready = plain_skid$in_ready;
            unlock$plain_ready = 1'b0;
        end
        sequencer$beat_data = plain_skid$out_data;
        sequencer$beat_valid = plain_skid$out_valid;
        plain_skid$out_ready = sequencer$beat_ready;
        sequencer$start = start$q;
        sequencer$layer_inputs = model_config$layer_inputs;
        sequencer$layer_outputs = model_config$layer_outputs;
        sequencer$layer_input_offset = model_config$layer_input_offset;
        sequencer$layer_is_last = model_config$layer_is_last;
        sequencer$mac_ready = mac$beat_ready;
        sequencer$drained = mac$empty & outputs$idle;
        act0$read_address = sequencer$act_address;
        act1$read_address = sequencer$act_address;
        mac$activations = act0$read_data;
        if (running_slot$q) begin
            mac$activations = act1$read_data;
        end
        mac$beat_valid = sequencer$mac_valid;
        mac$weights = sequencer$mac_weights;
        mac$lane_mask = sequencer$mac_lane_mask;
        mac$row_start = sequencer$mac_row_start;
        mac$row_end = sequencer$mac_row_end;
        mac$bias = sequencer$mac_bias;
        mac$multiplier = sequencer$mac_multiplier;
        mac$shift = sequencer$mac_shift;
        mac$last_layer = sequencer$mac_last_layer;
        outputs$start = start$q;
        outputs$row_valid = mac$row_valid;
        mac$row_ready = outputs$row_ready;
        outputs$row_acc = mac$row_acc;
        outputs$row_multiplier = mac$row_multiplier;
        outputs$row_shift = mac$row_shift;
        outputs$row_last_layer = mac$row_last_layer;
        outputs$layer_outputs = model_config$layer_outputs;
        outputs$layer_output_offset = model_config$layer_output_offset;
        outputs$finish = sequencer$finished;
        outputs$cycles = cycles$q;
        act0$write_address = input_word_wide[(32'h0)+:(9)];
        act0$write_data = packed_word;
        act0$write_enable = write & in_input0 & word_ends & (refuse == zero8);
        act1$write_address = input_word_wide[(32'h0)+:(9)];
        act1$write_data = packed_word;
        act1$write_enable = write & in_input1 & word_ends & (refuse == zero8);
        if (running$q & ~running_slot$q) begin
            act0$write_address = outputs$act_write_address;
            act0$write_data = outputs$act_write_data;
            act0$write_enable = outputs$act_write_enable;
        end
        if (running$q & running_slot$q) begin
            act1$write_address = outputs$act_write_address;
            act1$write_data = outputs$act_write_data;
            act1$write_enable = outputs$act_write_enable;
        end
        results$write_address = ((outputs$result_write_address) & 11'h7ff);
        if (running_slot$q) begin
            results$write_address = ((outputs$result_write_address) & 11'h7ff) + result_slot;
        end
        results$write_data = outputs$result_write_data;
        results$write_enable = outputs$result_write_enable;
        start$d = go;
        if (running$q) begin
            cycles$d = cycles$q + one32;
        end
        if (go) begin
            running$d = 1'b1;
            running_slot$d = write_data[32'h0];
            if (write_data[32'h0]) begin
                done_slots$d = done_slots$q & not_two2;
            end
            else begin
                done_slots$d = done_slots$q & not_one2;
            end
        end
        if (start$q) begin
            cycles$d = zero32;
        end
        if (outputs$done) begin
            running$d = 1'b0;
            runs$d = runs$q + one32;
            if (running_slot$q) begin
                done_slots$d = done_slots$q | two2;
            end
            else begin
                done_slots$d = done_slots$q | one2;
            end
        end
        status_flags = ((done_slots$q) & 8'hff) << slot_flag_shift;
        if (unlock$key_loaded) begin
            status_flags = status_flags | flag_key;
        end
        if (ready$q) begin
            status_flags = status_flags | flag_model;
        end
        if (core_busy) begin
            status_flags = status_flags | flag_busy;
        end
        read_region = read_address[(32'h10)+:(8)];
        read_offset = read_address[(32'h0)+:(16)];
        in_result0 = (read_region == result0_region) & (read_offset < result_slot_bytes);
        in_result1 = (read_region == result1_region) & (read_offset < result_slot_bytes);
        result_offset = read_offset[(32'h0)+:(11)];
        result_read_address = result_offset;
        if (in_result1) begin
            result_read_address = result_offset + result_slot;
        end
        results$read_address = result_address_held$q;
        if (read) begin
            results$read_address = result_read_address;
            result_address_held$d = result_read_address;
            read_from_results$d = in_result0 | in_result1;
            read_byte$d = zero8;
            if ((read_region == info_region) & (read_offset < info_bytes)) begin
                if (read_offset == offsets$0) begin
                    read_byte$d = info$0;
                end
                if (read_offset == offsets$1) begin
                    read_byte$d = info$1;
                end
                if (read_offset == offsets$2) begin
                    read_byte$d = info$2;
                end
                if (read_offset == offsets$3) begin
                    read_byte$d = info$3;
                end
                if (read_offset == offsets$4) begin
                    read_byte$d = info$4;
                end
                if (read_offset == offsets$5) begin
                    read_byte$d = info$5;
                end
                if (read_offset == offsets$6) begin
                    read_byte$d = info$6;
                end
                if (read_offset == offsets$7) begin
                    read_byte$d = info$7;
                end
                if (read_offset == offsets$8) begin
                    read_byte$d = info$8;
                end
                if (read_offset == offsets$9) begin
                    read_byte$d = info$9;
                end
                if (read_offset == offsets$10) begin
                    read_byte$d = info$10;
                end
                if (read_offset == offsets$11) begin
                    read_byte$d = info$11;
                end
                if (read_offset == offsets$12) begin
                    read_byte$d = info$12;
                end
                if (read_offset == offsets$13) begin
                    read_byte$d = info$13;
                end
                if (read_offset == offsets$14) begin
                    read_byte$d = info$14;
                end
                if (read_offset == offsets$15) begin
                    read_byte$d = info$15;
                end
                if (read_offset == offsets$16) begin
                    read_byte$d = info$16;
                end
                if (read_offset == offsets$17) begin
                    read_byte$d = info$17;
                end
                if (read_offset == offsets$18) begin
                    read_byte$d = info$18;
                end
                if (read_offset == offsets$19) begin
                    read_byte$d = info$19;
                end
                if (read_offset == offsets$20) begin
                    read_byte$d = info$20;
                end
                if (read_offset == offsets$21) begin
                    read_byte$d = info$21;
                end
                if (read_offset == offsets$22) begin
                    read_byte$d = info$22;
                end
                if (read_offset == offsets$23) begin
                    read_byte$d = info$23;
                end
                if (read_offset == offsets$24) begin
                    read_byte$d = info$24;
                end
                if (read_offset == offsets$25) begin
                    read_byte$d = info$25;
                end
                if (read_offset == offsets$26) begin
                    read_byte$d = info$26;
                end
                if (read_offset == offsets$27) begin
                    read_byte$d = info$27;
                end
                if (read_offset == offsets$28) begin
                    read_byte$d = info$28;
                end
                if (read_offset == offsets$29) begin
                    read_byte$d = info$29;
                end
                if (read_offset == offsets$30) begin
                    read_byte$d = info$30;
                end
                if (read_offset == offsets$31) begin
                    read_byte$d = info$31;
                end
            end
            if ((read_region == status_region) & (read_offset < status_bytes)) begin
                if (read_offset == offsets$0) begin
                    read_byte$d = status_flags;
                    shadow_runs$d = runs$q;
                    shadow_uptime$d = uptime$q;
                end
                if (read_offset == offsets$1) begin
                    read_byte$d = error_code$q;
                end
                if (read_offset == offsets$4) begin
                    read_byte$d = shadow_runs$q[(32'h8 * 0)+:(8)];
                end
                if (read_offset == offsets$5) begin
                    read_byte$d = shadow_runs$q[(32'h8 * 1)+:(8)];
                end
                if (read_offset == offsets$6) begin
                    read_byte$d = shadow_runs$q[(32'h8 * 2)+:(8)];
                end
                if (read_offset == offsets$7) begin
                    read_byte$d = shadow_runs$q[(32'h8 * 3)+:(8)];
                end
                if (read_offset == offsets$8) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 0)+:(8)];
                end
                if (read_offset == offsets$9) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 1)+:(8)];
                end
                if (read_offset == offsets$10) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 2)+:(8)];
                end
                if (read_offset == offsets$11) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 3)+:(8)];
                end
                if (read_offset == offsets$12) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 4)+:(8)];
                end
                if (read_offset == offsets$13) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 5)+:(8)];
                end
                if (read_offset == offsets$14) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 6)+:(8)];
                end
                if (read_offset == offsets$15) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 7)+:(8)];
                end
            end
        end
        read_data = read_byte$q;
        if (read_from_results$q) begin
            read_data = results$read_data;
        end
        if (reset) begin
            ready$d = 1'b0;
            running$d = 1'b0;
            done_slots$d = zero2;
            error_code$d = zero8;
            status_code$d = zero8;
            runs$d = zero32;
            uptime$d = zero64;
        end
        key_loaded = unlock$key_loaded;
        model_ready = ready$q;
        busy = core_busy;
        slot_done = done_slots$q;
        last_error = error_code$q;
    end
    
endmodule // top$core


module top$core$act0(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] read_address;
    output reg  [15:0] read_data;
    input wire  [8:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg [15:0] mem [0:511];
    always @(posedge clock) begin
        read_data <= mem[read_address];
        if (write_enable) mem[write_address] <= write_data;
    end
endmodule // top$core$act0


module top$core$act1(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] read_address;
    output reg  [15:0] read_data;
    input wire  [8:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg [15:0] mem [0:511];
    always @(posedge clock) begin
        read_data <= mem[read_address];
        if (write_enable) mem[write_address] <= write_data;
    end
endmodule // top$core$act1


module top$core$check(clock,reset,start,done,error,layer_select,layer_inputs,layer_outputs,layer_input_offset,layer_output_offset,layer_is_last,layer_count,payload_len,payload_crc,mem_address,mem_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    output reg  done;
    output reg  [7:0] error;
    output reg  [3:0] layer_select;
    input wire  [15:0] layer_inputs;
    input wire  [15:0] layer_outputs;
    input wire  [15:0] layer_input_offset;
    input wire  [15:0] layer_output_offset;
    input wire  layer_is_last;
    input wire  [3:0] layer_count;
    input wire  [31:0] payload_len;
    input wire  [31:0] payload_crc;
    output reg  [13:0] mem_address;
    input wire  [15:0] mem_data;
    
    // Constant declarations
    localparam  slot_bytes = 18'b10000000000;
    localparam  max_classes = 18'b111110;
    localparam  weight_bytes = 32'h3400;
    localparam  lane_shift = 8'h1;
    localparam  lanes = 4'h2;
    localparam  header_bytes = 32'h8;
    localparam  seven = 18'b111;
    localparam  not_seven = 18'b111111111111111000;
    localparam  zero18 = 18'b0;
    localparam  zero32 = 32'h0;
    localparam  one32 = 32'h1;
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  zero4 = 4'h0;
    localparam  one4 = 4'h1;
    localparam  zero8 = 8'h0;
    localparam  byte_shift = 8'h8;
    localparam  bad_config = 8'h8;
    localparam  weights_crc = 8'h9;
    
    // Enums
    localparam CheckState$Idle = 0;
    localparam CheckState$Fetch = 1;
    localparam CheckState$Ends = 2;
    localparam CheckState$Judge = 3;
    localparam CheckState$Layer = 4;
    localparam CheckState$Decide = 5;
    localparam CheckState$Sum = 6;
    localparam CheckState$Total = 7;
    localparam CheckState$Read = 8;
    localparam CheckState$Latch = 9;
    localparam CheckState$Feed = 10;
    localparam CheckState$Compare = 11;
    
    // Stub signals
    reg  weights_crc_engine$clock;
    reg  weights_crc_engine$clear;
    reg  weights_crc_engine$enable;
    reg  [7:0] weights_crc_engine$data;
    wire  [31:0] weights_crc_engine$crc;
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  [3:0] layer$d;
    wire  [3:0] layer$q;
    reg  layer$clock;
    reg  [15:0] previous_outputs$d;
    wire  [15:0] previous_outputs$q;
    reg  previous_outputs$clock;
    reg  [15:0] previous_output_offset$d;
    wire  [15:0] previous_output_offset$q;
    reg  previous_output_offset$clock;
    reg  [31:0] sum$d;
    wire  [31:0] sum$q;
    reg  sum$clock;
    reg  [15:0] rows_left$d;
    wire  [15:0] rows_left$q;
    reg  rows_left$clock;
    reg  [31:0] row_bytes$d;
    wire  [31:0] row_bytes$q;
    reg  row_bytes$clock;
    reg  [15:0] word$d;
    wire  [15:0] word$q;
    reg  word$clock;
    reg  [31:0] word_index$d;
    wire  [31:0] word_index$q;
    reg  word_index$clock;
    reg  [3:0] bytes_left$d;
    wire  [3:0] bytes_left$q;
    reg  bytes_left$clock;
    reg  [7:0] error_code$d;
    wire  [7:0] error_code$q;
    reg  error_code$clock;
    reg  done_pulse$d;
    wire  done_pulse$q;
    reg  done_pulse$clock;
    reg  [15:0] inputs$d;
    wire  [15:0] inputs$q;
    reg  inputs$clock;
    reg  [15:0] outputs$d;
    wire  [15:0] outputs$q;
    reg  outputs$clock;
    reg  [15:0] input_offset$d;
    wire  [15:0] input_offset$q;
    reg  input_offset$clock;
    reg  [15:0] output_offset$d;
    wire  [15:0] output_offset$q;
    reg  output_offset$clock;
    reg  is_last$d;
    wire  is_last$q;
    reg  is_last$clock;
    reg  [17:0] padded_inputs_q$d;
    wire  [17:0] padded_inputs_q$q;
    reg  padded_inputs_q$clock;
    reg  [17:0] padded_outputs_q$d;
    wire  [17:0] padded_outputs_q$q;
    reg  padded_outputs_q$clock;
    reg  [17:0] input_end_q$d;
    wire  [17:0] input_end_q$q;
    reg  input_end_q$clock;
    reg  [17:0] output_end_q$d;
    wire  [17:0] output_end_q$q;
    reg  output_end_q$clock;
    reg  layer_ok_q$d;
    wire  layer_ok_q$q;
    reg  layer_ok_q$clock;
    reg  sum_over_q$d;
    wire  sum_over_q$q;
    reg  sum_over_q$clock;
    reg  sum_differs_q$d;
    wire  sum_differs_q$q;
    reg  sum_differs_q$clock;
    reg  payload_too_big_q$d;
    wire  payload_too_big_q$q;
    reg  payload_too_big_q$clock;
    
    // Local signals
    reg  [17:0] inputs_wide;
    reg  [17:0] outputs_wide;
    reg  [17:0] input_offset_wide;
    reg  [17:0] output_offset_wide;
    reg  [17:0] padded_inputs;
    reg  [17:0] padded_outputs;
    reg  [17:0] input_end;
    reg  [17:0] output_end;
    reg  chain_ok;
    reg  outputs_ok;
    reg  layer_ok;
    reg  [31:0] word_count_wide;
    
    // Sub module instances
    top$core$check$weights_crc_engine weights_crc_engine(
        .clock(weights_crc_engine$clock),
        .clear(weights_crc_engine$clear),
        .enable(weights_crc_engine$enable),
        .data(weights_crc_engine$data),
        .crc(weights_crc_engine$crc)
    );
    top$core$check$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$core$check$layer layer(
        .d(layer$d),
        .q(layer$q),
        .clock(layer$clock)
    );
    top$core$check$previous_outputs previous_outputs(
        .d(previous_outputs$d),
        .q(previous_outputs$q),
        .clock(previous_outputs$clock)
    );
    top$core$check$previous_output_offset previous_output_offset(
        .d(previous_output_offset$d),
        .q(previous_output_offset$q),
        .clock(previous_output_offset$clock)
    );
    top$core$check$sum sum(
        .d(sum$d),
        .q(sum$q),
        .clock(sum$clock)
    );
    top$core$check$rows_left rows_left(
        .d(rows_left$d),
        .q(rows_left$q),
        .clock(rows_left$clock)
    );
    top$core$check$row_bytes row_bytes(
        .d(row_bytes$d),
        .q(row_bytes$q),
        .clock(row_bytes$clock)
    );
    top$core$check$word word(
        .d(word$d),
        .q(word$q),
        .clock(word$clock)
    );
    top$core$check$word_index word_index(
        .d(word_index$d),
        .q(word_index$q),
        .clock(word_index$clock)
    );
    top$core$check$bytes_left bytes_left(
        .d(bytes_left$d),
        .q(bytes_left$q),
        .clock(bytes_left$clock)
    );
    top$core$check$error_code error_code(
        .d(error_code$d),
        .q(error_code$q),
        .clock(error_code$clock)
    );
    top$core$check$done_pulse done_pulse(
        .d(done_pulse$d),
        .q(done_pulse$q),
        .clock(done_pulse$clock)
    );
    top$core$check$inputs inputs(
        .d(inputs$d),
        .q(inputs$q),
        .clock(inputs$clock)
    );
    top$core$check$outputs outputs(
        .d(outputs$d),
        .q(outputs$q),
        .clock(outputs$clock)
    );
    top$core$check$input_offset input_offset(
        .d(input_offset$d),
        .q(input_offset$q),
        .clock(input_offset$clock)
    );
    top$core$check$output_offset output_offset(
        .d(output_offset$d),
        .q(output_offset$q),
        .clock(output_offset$clock)
    );
    top$core$check$is_last is_last(
        .d(is_last$d),
        .q(is_last$q),
        .clock(is_last$clock)
    );
    top$core$check$padded_inputs_q padded_inputs_q(
        .d(padded_inputs_q$d),
        .q(padded_inputs_q$q),
        .clock(padded_inputs_q$clock)
    );
    top$core$check$padded_outputs_q padded_outputs_q(
        .d(padded_outputs_q$d),
        .q(padded_outputs_q$q),
        .clock(padded_outputs_q$clock)
    );
    top$core$check$input_end_q input_end_q(
        .d(input_end_q$d),
        .q(input_end_q$q),
        .clock(input_end_q$clock)
    );
    top$core$check$output_end_q output_end_q(
        .d(output_end_q$d),
        .q(output_end_q$q),
        .clock(output_end_q$clock)
    );
    top$core$check$layer_ok_q layer_ok_q(
        .d(layer_ok_q$d),
        .q(layer_ok_q$q),
        .clock(layer_ok_q$clock)
    );
    top$core$check$sum_over_q sum_over_q(
        .d(sum_over_q$d),
        .q(sum_over_q$q),
        .clock(sum_over_q$clock)
    );
    top$core$check$sum_differs_q sum_differs_q(
        .d(sum_differs_q$d),
        .q(sum_differs_q$q),
        .clock(sum_differs_q$clock)
    );
    top$core$check$payload_too_big_q payload_too_big_q(
        .d(payload_too_big_q$d),
        .q(payload_too_big_q$q),
        .clock(payload_too_big_q$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        layer$clock = clock;
        inputs$clock = clock;
        outputs$clock = clock;
        input_offset$clock = clock;
        output_offset$clock = clock;
        is_last$clock = clock;
        padded_inputs_q$clock = clock;
        padded_outputs_q$clock = clock;
        input_end_q$clock = clock;
        output_end_q$clock = clock;
        layer_ok_q$clock = clock;
        sum_over_q$clock = clock;
        sum_differs_q$clock = clock;
        payload_too_big_q$clock = clock;
        previous_outputs$clock = clock;
        previous_output_offset$clock = clock;
        sum$clock = clock;
        rows_left$clock = clock;
        row_bytes$clock = clock;
        word$clock = clock;
        word_index$clock = clock;
        bytes_left$clock = clock;
        error_code$clock = clock;
        done_pulse$clock = clock;
        state$d = state$q;
        layer$d = layer$q;
        inputs$d = inputs$q;
        outputs$d = outputs$q;
        input_offset$d = input_offset$q;
        output_offset$d = output_offset$q;
        is_last$d = is_last$q;
        padded_inputs_q$d = padded_inputs_q$q;
        padded_outputs_q$d = padded_outputs_q$q;
        input_end_q$d = input_end_q$q;
        output_end_q$d = output_end_q$q;
        layer_ok_q$d = layer_ok_q$q;
        sum_over_q$d = sum_over_q$q;
        sum_differs_q$d = sum_differs_q$q;
        payload_too_big_q$d = payload_too_big_q$q;
        previous_outputs$d = previous_outputs$q;
        previous_output_offset$d = previous_output_offset$q;
        sum$d = sum$q;
        rows_left$d = rows_left$q;
        row_bytes$d = row_bytes$q;
        word$d = word$q;
        word_index$d = word_index$q;
        bytes_left$d = bytes_left$q;
        error_code$d = error_code$q;
        done_pulse$d = done_pulse$q;
        weights_crc_engine$clock = clock;
        weights_crc_engine$clear = 1'b0;
        weights_crc_engine$enable = 1'b0;
        weights_crc_engine$data = word$q[(32'h0)+:(8)];
        done_pulse$d = 1'b0;
        layer_select = layer$q;
        word_count_wide = payload_len >> lane_shift;
        mem_address = word_index$q[(32'h0)+:(14)];
        inputs_wide = ((inputs$q) & 18'h3ffff);
        outputs_wide = ((outputs$q) & 18'h3ffff);
        input_offset_wide = ((input_offset$q) & 18'h3ffff);
        output_offset_wide = ((output_offset$q) & 18'h3ffff);
        padded_inputs = (inputs_wide + seven) & not_seven;
        padded_outputs = (outputs_wide + seven) & not_seven;
        input_end = input_offset_wide + padded_inputs_q$q;
        output_end = output_offset_wide + padded_outputs_q$q;
        chain_ok = input_offset_wide == zero18;
        if (layer$q != zero4) begin
            chain_ok = (inputs$q == previous_outputs$q) & (input_offset$q == previous_output_offset$q);
        end
        outputs_ok = outputs_wide <= max_classes;
        if (~is_last$q) begin
            outputs_ok = ((output_offset_wide & seven) == zero18) & (output_end_q$q <= slot_bytes) & ((input_end_q$q <= output_offset_wide) | (output_end_q$q <= input_offset_wide));
        end
        layer_ok = (inputs$q != zero16) & (outputs$q != zero16) & ((input_offset_wide & seven) == zero18) & (input_end_q$q <= slot_bytes) & chain_ok & outputs_ok;
        sum_over_q$d = sum$q > payload_len;
        sum_differs_q$d = sum$q != payload_len;
        payload_too_big_q$d = payload_len > weight_bytes;
        case (state$q)
            CheckState$Idle:
                begin
                end
            CheckState$Fetch:
                begin
                    inputs$d = layer_inputs;
                    outputs$d = layer_outputs;
                    input_offset$d = layer_input_offset;
                    output_offset$d = layer_output_offset;
                    is_last$d = layer_is_last;
                    state$d = CheckState$Ends;
                    if (layer$q == layer_count) begin
                        state$d = CheckState$Total;
                    end
                end
            CheckState$Ends:
                begin
                    padded_inputs_q$d = padded_inputs;
                    padded_outputs_q$d = padded_outputs;
                    state$d = CheckState$Judge;
                end
            CheckState$Judge:
                begin
                    input_end_q$d = input_end;
                    output_end_q$d = output_end;
                    state$d = CheckState$Layer;
                end
            CheckState$Layer:
                begin
                    layer_ok_q$d = layer_ok;
                    state$d = CheckState$Decide;
                end
            CheckState$Decide:
                begin
                    if (layer_ok_q$q) begin
                        rows_left$d = outputs$q;
                        row_bytes$d = header_bytes + ((padded_inputs_q$q) & 32'hffffffff);
                        previous_outputs$d = outputs$q;
                        previous_output_offset$d = output_offset$q;
                        state$d = CheckState$Sum;
                    end
                    else begin
                        error_code$d = bad_config;
                        done_pulse$d = 1'b1;
                        state$d = CheckState$Idle;
                    end
                end
            CheckState$Sum:
                begin
                    if (sum_over_q$q) begin
                        error_code$d = bad_config;
                        done_pulse$d = 1'b1;
                        state$d = CheckState$Idle;
                    end
                    else if (rows_left$q == zero16) begin
                        layer$d = layer$q + one4;
                        state$d = CheckState$Fetch;
                    end
                    else begin
                        sum$d = sum$q + row_bytes$q;
                        rows_left$d = rows_left$q - one16;
                    end
                end
            CheckState$Total:
                begin
                    if ((layer_count == zero4) | sum_differs_q$q | payload_too_big_q$q) begin
                        error_code$d = bad_config;
                        done_pulse$d = 1'b1;
                        state$d = CheckState$Idle;
                    end
                    else begin
                        weights_crc_engine$clear = 1'b1;
                        word_index$d = zero32;
                        state$d = CheckState$Read;
                    end
                end
            CheckState$Read:
                begin
                    if (word_index$q == word_count_wide) begin
                        state$d = CheckState$Compare;
                    end
                    else begin
                        state$d = CheckState$Latch;
                    end
                end
            CheckState$Latch:
                begin
                    word$d = mem_data;
                    bytes_left$d = lanes;
                    state$d = CheckState$Feed;
                end
            CheckState$Feed:
                begin
                    weights_crc_engine$enable = 1'b1;
                    word$d = word$q >> byte_shift;
                    bytes_left$d = bytes_left$q - one4;
                    if (bytes_left$q == one4) begin
                        word_index$d = word_index$q + one32;
                        state$d = CheckState$Read;
                    end
                end
            CheckState$Compare:
                begin
                    error_code$d = zero8;
                    if (weights_crc_engine$crc != payload_crc) begin
                        error_code$d = weights_crc;
                    end
                    done_pulse$d = 1'b1;
                    state$d = CheckState$Idle;
                end
            default:
                begin
                    state$d = CheckState$Idle;
                end
        endcase
        if (start) begin
            state$d = CheckState$Fetch;
            layer$d = zero4;
            sum$d = zero32;
            error_code$d = zero8;
        end
        if (reset) begin
            state$d = CheckState$Idle;
            done_pulse$d = 1'b0;
        end
        done = done_pulse$q;
        error = error_code$q;
    end
    
endmodule // top$core$check


module top$core$check$bytes_left(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$bytes_left


module top$core$check$done_pulse(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$done_pulse


module top$core$check$error_code(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$error_code


module top$core$check$input_end_q(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$input_end_q


module top$core$check$input_offset(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$input_offset


module top$core$check$inputs(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$inputs


module top$core$check$is_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$is_last


module top$core$check$layer(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$layer


module top$core$check$layer_ok_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$layer_ok_q


module top$core$check$output_end_q(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$output_end_q


module top$core$check$output_offset(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$output_offset


module top$core$check$outputs(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$outputs


module top$core$check$padded_inputs_q(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$padded_inputs_q


module top$core$check$padded_outputs_q(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$padded_outputs_q


module top$core$check$payload_too_big_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$payload_too_big_q


module top$core$check$previous_output_offset(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$previous_output_offset


module top$core$check$previous_outputs(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$previous_outputs


module top$core$check$row_bytes(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$row_bytes


module top$core$check$rows_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$rows_left


module top$core$check$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam CheckState$Idle = 0;
    localparam CheckState$Fetch = 1;
    localparam CheckState$Ends = 2;
    localparam CheckState$Judge = 3;
    localparam CheckState$Layer = 4;
    localparam CheckState$Decide = 5;
    localparam CheckState$Sum = 6;
    localparam CheckState$Total = 7;
    localparam CheckState$Read = 8;
    localparam CheckState$Latch = 9;
    localparam CheckState$Feed = 10;
    localparam CheckState$Compare = 11;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$state


module top$core$check$sum(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$sum


module top$core$check$sum_differs_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$sum_differs_q


module top$core$check$sum_over_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$sum_over_q


module top$core$check$weights_crc_engine(clock,clear,enable,data,crc);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  enable;
    input wire  [7:0] data;
    output reg  [31:0] crc;
    
    // Update code (custom)
    reg [31:0] state;
    wire [31:0] next;
    assign next[0] = ^(state & 32'h104) ^ ^(data & 8'h04);
    assign next[1] = ^(state & 32'h209) ^ ^(data & 8'h09);
    assign next[2] = ^(state & 32'h413) ^ ^(data & 8'h13);
    assign next[3] = ^(state & 32'h826) ^ ^(data & 8'h26);
    assign next[4] = ^(state & 32'h104d) ^ ^(data & 8'h4d);
    assign next[5] = ^(state & 32'h209a) ^ ^(data & 8'h9a);
    assign next[6] = ^(state & 32'h4030) ^ ^(data & 8'h30);
    assign next[7] = ^(state & 32'h8061) ^ ^(data & 8'h61);
    assign next[8] = ^(state & 32'h100c2) ^ ^(data & 8'hc2);
    assign next[9] = ^(state & 32'h20080) ^ ^(data & 8'h80);
    assign next[10] = ^(state & 32'h40004) ^ ^(data & 8'h04);
    assign next[11] = ^(state & 32'h80008) ^ ^(data & 8'h08);
    assign next[12] = ^(state & 32'h100011) ^ ^(data & 8'h11);
    assign next[13] = ^(state & 32'h200023) ^ ^(data & 8'h23);
    assign next[14] = ^(state & 32'h400046) ^ ^(data & 8'h46);
    assign next[15] = ^(state & 32'h80008c) ^ ^(data & 8'h8c);
    assign next[16] = ^(state & 32'h100001d) ^ ^(data & 8'h1d);
    assign next[17] = ^(state & 32'h200003b) ^ ^(data & 8'h3b);
    assign next[18] = ^(state & 32'h4000077) ^ ^(data & 8'h77);
    assign next[19] = ^(state & 32'h80000ee) ^ ^(data & 8'hee);
    assign next[20] = ^(state & 32'h100000d8) ^ ^(data & 8'hd8);
    assign next[21] = ^(state & 32'h200000b4) ^ ^(data & 8'hb4);
    assign next[22] = ^(state & 32'h4000006c) ^ ^(data & 8'h6c);
    assign next[23] = ^(state & 32'h800000d8) ^ ^(data & 8'hd8);
    assign next[24] = ^(state & 32'hb5) ^ ^(data & 8'hb5);
    assign next[25] = ^(state & 32'h6f) ^ ^(data & 8'h6f);
    assign next[26] = ^(state & 32'hdf) ^ ^(data & 8'hdf);
    assign next[27] = ^(state & 32'hba) ^ ^(data & 8'hba);
    assign next[28] = ^(state & 32'h71) ^ ^(data & 8'h71);
    assign next[29] = ^(state & 32'he3) ^ ^(data & 8'he3);
    assign next[30] = ^(state & 32'hc3) ^ ^(data & 8'hc3);
    assign next[31] = ^(state & 32'h82) ^ ^(data & 8'h82);
    always @(posedge clock) begin
        if (clear) state <= 32'hffffffff;
        else if (enable) state <= next;
    end
    always @(*) crc = state ^ 32'hffffffff;
endmodule // top$core$check$weights_crc_engine


module top$core$check$word(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$word


module top$core$check$word_index(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$word_index


module top$core$check_start(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check_start


module top$core$checking(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$checking


module top$core$cycles(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$cycles


module top$core$done_slots(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$done_slots


module top$core$error_code(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$error_code


module top$core$key_settle(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$key_settle


module top$core$mac(clock,reset,beat_valid,beat_ready,weights,activations,lane_mask,row_start,row_end,bias,multiplier,shift,last_layer,row_valid,row_ready,row_acc,row_multiplier,row_shift,row_last_layer,empty);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  beat_valid;
    output reg  beat_ready;
    input wire  [15:0] weights;
    input wire  [15:0] activations;
    input wire  [1:0] lane_mask;
    input wire  row_start;
    input wire  row_end;
    input wire  [31:0] bias;
    input wire  [15:0] multiplier;
    input wire  [7:0] shift;
    input wire  last_layer;
    output reg  row_valid;
    input wire  row_ready;
    output reg  [31:0] row_acc;
    output reg  [15:0] row_multiplier;
    output reg  [7:0] row_shift;
    output reg  row_last_layer;
    output reg  empty;
    
    // Constant declarations
    localparam  sign_extension = 32'hff000000;
    localparam  sum_sign = 24'h800000;
    localparam  zero_sum = 24'h0;
    
    // Stub signals
    reg  lanes$0$clock;
    reg  lanes$0$advance;
    reg  [7:0] lanes$0$weight;
    reg  [7:0] lanes$0$activation;
    reg  lanes$0$lane_enable;
    wire  [23:0] lanes$0$product;
    reg  lanes$1$clock;
    reg  lanes$1$advance;
    reg  [7:0] lanes$1$weight;
    reg  [7:0] lanes$1$activation;
    reg  lanes$1$lane_enable;
    wire  [23:0] lanes$1$product;
    reg  valid1$d;
    wire  valid1$q;
    reg  valid1$clock;
    reg  start1$d;
    wire  start1$q;
    reg  start1$clock;
    reg  end1$d;
    wire  end1$q;
    reg  end1$clock;
    reg  [31:0] bias1$d;
    wire  [31:0] bias1$q;
    reg  bias1$clock;
    reg  [15:0] multiplier1$d;
    wire  [15:0] multiplier1$q;
    reg  multiplier1$clock;
    reg  [7:0] shift1$d;
    wire  [7:0] shift1$q;
    reg  shift1$clock;
    reg  last1$d;
    wire  last1$q;
    reg  last1$clock;
    reg  [23:0] sum2$d;
    wire  [23:0] sum2$q;
    reg  sum2$clock;
    reg  valid2$d;
    wire  valid2$q;
    reg  valid2$clock;
    reg  start2$d;
    wire  start2$q;
    reg  start2$clock;
    reg  end2$d;
    wire  end2$q;
    reg  end2$clock;
    reg  [31:0] bias2$d;
    wire  [31:0] bias2$q;
    reg  bias2$clock;
    reg  [15:0] multiplier2$d;
    wire  [15:0] multiplier2$q;
    reg  multiplier2$clock;
    reg  [7:0] shift2$d;
    wire  [7:0] shift2$q;
    reg  shift2$clock;
    reg  last2$d;
    wire  last2$q;
    reg  last2$clock;
    reg  [31:0] acc$d;
    wire  [31:0] acc$q;
    reg  acc$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  [31:0] out_acc$d;
    wire  [31:0] out_acc$q;
    reg  out_acc$clock;
    reg  [15:0] out_multiplier$d;
    wire  [15:0] out_multiplier$q;
    reg  out_multiplier$clock;
    reg  [7:0] out_shift$d;
    wire  [7:0] out_shift$q;
    reg  out_shift$clock;
    reg  out_last$d;
    wire  out_last$q;
    reg  out_last$clock;
    
    // Local signals
    reg  advance;
    reg  [23:0] lane_sum;
    reg  [31:0] sum_wide;
    reg  [31:0] base;
    
    // Sub module instances
    top$core$mac$lanes$0 lanes$0(
        .clock(lanes$0$clock),
        .advance(lanes$0$advance),
        .weight(lanes$0$weight),
        .activation(lanes$0$activation),
        .lane_enable(lanes$0$lane_enable),
        .product(lanes$0$product)
    );
    top$core$mac$lanes$1 lanes$1(
        .clock(lanes$1$clock),
        .advance(lanes$1$advance),
        .weight(lanes$1$weight),
        .activation(lanes$1$activation),
        .lane_enable(lanes$1$lane_enable),
        .product(lanes$1$product)
    );
    top$core$mac$valid1 valid1(
        .d(valid1$d),
        .q(valid1$q),
        .clock(valid1$clock)
    );
    top$core$mac$start1 start1(
        .d(start1$d),
        .q(start1$q),
        .clock(start1$clock)
    );
    top$core$mac$end1 end1(
        .d(end1$d),
        .q(end1$q),
        .clock(end1$clock)
    );
    top$core$mac$bias1 bias1(
        .d(bias1$d),
        .q(bias1$q),
        .clock(bias1$clock)
    );
    top$core$mac$multiplier1 multiplier1(
        .d(multiplier1$d),
        .q(multiplier1$q),
        .clock(multiplier1$clock)
    );
    top$core$mac$shift1 shift1(
        .d(shift1$d),
        .q(shift1$q),
        .clock(shift1$clock)
    );
    top$core$mac$last1 last1(
        .d(last1$d),
        .q(last1$q),
        .clock(last1$clock)
    );
    top$core$mac$sum2 sum2(
        .d(sum2$d),
        .q(sum2$q),
        .clock(sum2$clock)
    );
    top$core$mac$valid2 valid2(
        .d(valid2$d),
        .q(valid2$q),
        .clock(valid2$clock)
    );
    top$core$mac$start2 start2(
        .d(start2$d),
        .q(start2$q),
        .clock(start2$clock)
    );
    top$core$mac$end2 end2(
        .d(end2$d),
        .q(end2$q),
        .clock(end2$clock)
    );
    top$core$mac$bias2 bias2(
        .d(bias2$d),
        .q(bias2$q),
        .clock(bias2$clock)
    );
    top$core$mac$multiplier2 multiplier2(
        .d(multiplier2$d),
        .q(multiplier2$q),
        .clock(multiplier2$clock)
    );
    top$core$mac$shift2 shift2(
        .d(shift2$d),
        .q(shift2$q),
        .clock(shift2$clock)
    );
    top$core$mac$last2 last2(
        .d(last2$d),
        .q(last2$q),
        .clock(last2$clock)
    );
    top$core$mac$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    top$core$mac$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    top$core$mac$out_acc out_acc(
        .d(out_acc$d),
        .q(out_acc$q),
        .clock(out_acc$clock)
    );
    top$core$mac$out_multiplier out_multiplier(
        .d(out_multiplier$d),
        .q(out_multiplier$q),
        .clock(out_multiplier$clock)
    );
    top$core$mac$out_shift out_shift(
        .d(out_shift$d),
        .q(out_shift$q),
        .clock(out_shift$clock)
    );
    top$core$mac$out_last out_last(
        .d(out_last$d),
        .q(out_last$q),
        .clock(out_last$clock)
    );
    
    // Update code
    always @(*) begin
        valid1$clock = clock;
        start1$clock = clock;
        end1$clock = clock;
        bias1$clock = clock;
        multiplier1$clock = clock;
        shift1$clock = clock;
        last1$clock = clock;
        sum2$clock = clock;
        valid2$clock = clock;
        start2$clock = clock;
        end2$clock = clock;
        bias2$clock = clock;
        multiplier2$clock = clock;
        shift2$clock = clock;
        last2$clock = clock;
        acc$clock = clock;
        out_valid$clock = clock;
        out_acc$clock = clock;
        out_multiplier$clock = clock;
        out_shift$clock = clock;
        out_last$clock = clock;
        valid1$d = valid1$q;
        start1$d = start1$q;
        end1$d = end1$q;
        bias1$d = bias1$q;
        multiplier1$d = multiplier1$q;
        shift1$d = shift1$q;
        last1$d = last1$q;
        sum2$d = sum2$q;
        valid2$d = valid2$q;
        start2$d = start2$q;
        end2$d = end2$q;
        bias2$d = bias2$q;
        multiplier2$d = multiplier2$q;
        shift2$d = shift2$q;
        last2$d = last2$q;
        acc$d = acc$q;
        out_valid$d = out_valid$q;
        out_acc$d = out_acc$q;
        out_multiplier$d = out_multiplier$q;
        out_shift$d = out_shift$q;
        out_last$d = out_last$q;
        advance = ~out_valid$q;
        beat_ready = advance;
        lanes$0$clock = clock;
        lanes$0$advance = advance;
        lanes$0$weight = weights[(32'h8 * 0)+:(8)];
        lanes$0$activation = activations[(32'h8 * 0)+:(8)];
        lanes$0$lane_enable = lane_mask[0] & beat_valid;
        lanes$1$clock = clock;
        lanes$1$advance = advance;
        lanes$1$weight = weights[(32'h8 * 1)+:(8)];
        lanes$1$activation = activations[(32'h8 * 1)+:(8)];
        lanes$1$lane_enable = lane_mask[1] & beat_valid;
        lane_sum = zero_sum;
        lane_sum = lane_sum + lanes$0$product;
        lane_sum = lane_sum + lanes$1$product;
        sum_wide = ((sum2$q) & 32'hffffffff);
        if (|(sum2$q & sum_sign)) begin
            sum_wide = ((sum2$q) & 32'hffffffff) | sign_extension;
        end
        base = acc$q;
        if (start2$q) begin
            base = bias2$q;
        end
        if (out_valid$q & row_ready) begin
            out_valid$d = 1'b0;
        end
        if (advance) begin
            valid1$d = beat_valid;
            start1$d = row_start;
            end1$d = row_end;
            bias1$d = bias;
            multiplier1$d = multiplier;
            shift1$d = shift;
            last1$d = last_layer;
            valid2$d = valid1$q;
            sum2$d = lane_sum;
            start2$d = start1$q;
            end2$d = end1$q;
            bias2$d = bias1$q;
            multiplier2$d = multiplier1$q;
            shift2$d = shift1$q;
            last2$d = last1$q;
            if (valid2$q) begin
                acc$d = base + sum_wide;
                if (end2$q) begin
                    out_valid$d = 1'b1;
                    out_acc$d = base + sum_wide;
                    out_multiplier$d = multiplier2$q;
                    out_shift$d = shift2$q;
                    out_last$d = last2$q;
                end
            end
        end
        if (reset) begin
            valid1$d = 1'b0;
            valid2$d = 1'b0;
            out_valid$d = 1'b0;
        end
        row_valid = out_valid$q;
        row_acc = out_acc$q;
        row_multiplier = out_multiplier$q;
        row_shift = out_shift$q;
        row_last_layer = out_last$q;
        empty = ~(valid1$q | valid2$q | out_valid$q);
    end
    
endmodule // top$core$mac


module top$core$mac$acc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$acc


module top$core$mac$bias1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$bias1


module top$core$mac$bias2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$bias2


module top$core$mac$end1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$end1


module top$core$mac$end2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$end2


module top$core$mac$lanes$0(clock,advance,weight,activation,lane_enable,product);
    
    // Module arguments
    input wire  clock;
    input wire  advance;
    input wire  [7:0] weight;
    input wire  [7:0] activation;
    input wire  lane_enable;
    output reg  [23:0] product;
    
    // Update code (custom)
    wire signed [16:0] full = $signed(weight) * $signed({1'b0, activation});
    always @(posedge clock) begin
        if (advance) product <= lane_enable ? {{7{full[16]}}, full} : 24'd0;
    end
endmodule // top$core$mac$lanes$0


module top$core$mac$lanes$1(clock,advance,weight,activation,lane_enable,product);
    
    // Module arguments
    input wire  clock;
    input wire  advance;
    input wire  [7:0] weight;
    input wire  [7:0] activation;
    input wire  lane_enable;
    output reg  [23:0] product;
    
    // Update code (custom)
    wire signed [16:0] full = $signed(weight) * $signed({1'b0, activation});
    always @(posedge clock) begin
        if (advance) product <= lane_enable ? {{7{full[16]}}, full} : 24'd0;
    end
endmodule // top$core$mac$lanes$1


module top$core$mac$last1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$last1


module top$core$mac$last2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$last2


module top$core$mac$multiplier1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$multiplier1


module top$core$mac$multiplier2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$multiplier2


module top$core$mac$out_acc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$out_acc


module top$core$mac$out_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$out_last


module top$core$mac$out_multiplier(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$out_multiplier


module top$core$mac$out_shift(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$out_shift


module top$core$mac$out_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$out_valid


module top$core$mac$shift1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$shift1


module top$core$mac$shift2(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$shift2


module top$core$mac$start1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$start1


module top$core$mac$start2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$start2


module top$core$mac$sum2(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$sum2


module top$core$mac$valid1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$valid1


module top$core$mac$valid2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$valid2


module top$core$model_config(clock,reset,write,write_data,layer_select,layer_inputs,layer_outputs,layer_input_offset,layer_output_offset,layer_is_last,layer_count,payload_len,payload_crc);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  write;
    input wire  [7:0] write_data;
    input wire  [3:0] layer_select;
    output reg  [15:0] layer_inputs;
    output reg  [15:0] layer_outputs;
    output reg  [15:0] layer_input_offset;
    output reg  [15:0] layer_output_offset;
    output reg  layer_is_last;
    output reg  [3:0] layer_count;
    output reg  [31:0] payload_len;
    output reg  [31:0] payload_crc;
    
    // Constant declarations
    localparam  layer_index$0 = 4'h0;
    localparam  layer_index$1 = 4'h1;
    localparam  layer_index$2 = 4'h2;
    localparam  layer_index$3 = 4'h3;
    localparam  zero16 = 16'h0;
    localparam  one4 = 4'h1;
    localparam  shift8 = 8'h8;
    localparam  shift16 = 8'h10;
    localparam  max_layers = 4'h4;
    
    // Stub signals
    reg  [15:0] halves$0$d;
    wire  [15:0] halves$0$q;
    reg  halves$0$clock;
    reg  [15:0] halves$1$d;
    wire  [15:0] halves$1$q;
    reg  halves$1$clock;
    reg  [15:0] halves$2$d;
    wire  [15:0] halves$2$q;
    reg  halves$2$clock;
    reg  [15:0] halves$3$d;
    wire  [15:0] halves$3$q;
    reg  halves$3$clock;
    reg  [15:0] halves$4$d;
    wire  [15:0] halves$4$q;
    reg  halves$4$clock;
    reg  [15:0] halves$5$d;
    wire  [15:0] halves$5$q;
    reg  halves$5$clock;
    reg  [15:0] halves$6$d;
    wire  [15:0] halves$6$q;
    reg  halves$6$clock;
    reg  [15:0] halves$7$d;
    wire  [15:0] halves$7$q;
    reg  halves$7$clock;
    reg  [15:0] halves$8$d;
    wire  [15:0] halves$8$q;
    reg  halves$8$clock;
    reg  [15:0] halves$9$d;
    wire  [15:0] halves$9$q;
    reg  halves$9$clock;
    reg  [15:0] halves$10$d;
    wire  [15:0] halves$10$q;
    reg  halves$10$clock;
    reg  [15:0] halves$11$d;
    wire  [15:0] halves$11$q;
    reg  halves$11$clock;
    reg  [15:0] halves$12$d;
    wire  [15:0] halves$12$q;
    reg  halves$12$clock;
    reg  [15:0] halves$13$d;
    wire  [15:0] halves$13$q;
    reg  halves$13$clock;
    reg  [15:0] halves$14$d;
    wire  [15:0] halves$14$q;
    reg  halves$14$clock;
    reg  [15:0] halves$15$d;
    wire  [15:0] halves$15$q;
    reg  halves$15$clock;
    reg  [15:0] halves$16$d;
    wire  [15:0] halves$16$q;
    reg  halves$16$clock;
    reg  [15:0] halves$17$d;
    wire  [15:0] halves$17$q;
    reg  halves$17$clock;
    reg  [15:0] halves$18$d;
    wire  [15:0] halves$18$q;
    reg  halves$18$clock;
    reg  [15:0] halves$19$d;
    wire  [15:0] halves$19$q;
    reg  halves$19$clock;
    
    // Local signals
    reg  [15:0] shift_in$0;
    reg  [15:0] shift_in$1;
    reg  [15:0] shift_in$2;
    reg  [15:0] shift_in$3;
    reg  [15:0] shift_in$4;
    reg  [15:0] shift_in$5;
    reg  [15:0] shift_in$6;
    reg  [15:0] shift_in$7;
    reg  [15:0] shift_in$8;
    reg  [15:0] shift_in$9;
    reg  [15:0] shift_in$10;
    reg  [15:0] shift_in$11;
    reg  [15:0] shift_in$12;
    reg  [15:0] shift_in$13;
    reg  [15:0] shift_in$14;
    reg  [15:0] shift_in$15;
    reg  [15:0] shift_in$16;
    reg  [15:0] shift_in$17;
    reg  [15:0] shift_in$18;
    reg  [15:0] shift_in$19;
    reg  [15:0] data_high;
    reg  table_ended;
    
    // Sub module instances
    top$core$model_config$halves$0 halves$0(
        .d(halves$0$d),
        .q(halves$0$q),
        .clock(halves$0$clock)
    );
    top$core$model_config$halves$1 halves$1(
        .d(halves$1$d),
        .q(halves$1$q),
        .clock(halves$1$clock)
    );
    top$core$model_config$halves$2 halves$2(
        .d(halves$2$d),
        .q(halves$2$q),
        .clock(halves$2$clock)
    );
    top$core$model_config$halves$3 halves$3(
        .d(halves$3$d),
        .q(halves$3$q),
        .clock(halves$3$clock)
    );
    top$core$model_config$halves$4 halves$4(
        .d(halves$4$d),
        .q(halves$4$q),
        .clock(halves$4$clock)
    );
    top$core$model_config$halves$5 halves$5(
        .d(halves$5$d),
        .q(halves$5$q),
        .clock(halves$5$clock)
    );
    top$core$model_config$halves$6 halves$6(
        .d(halves$6$d),
        .q(halves$6$q),
        .clock(halves$6$clock)
    );
    top$core$model_config$halves$7 halves$7(
        .d(halves$7$d),
        .q(halves$7$q),
        .clock(halves$7$clock)
    );
    top$core$model_config$halves$8 halves$8(
        .d(halves$8$d),
        .q(halves$8$q),
        .clock(halves$8$clock)
    );
    top$core$model_config$halves$9 halves$9(
        .d(halves$9$d),
        .q(halves$9$q),
        .clock(halves$9$clock)
    );
    top$core$model_config$halves$10 halves$10(
        .d(halves$10$d),
        .q(halves$10$q),
        .clock(halves$10$clock)
    );
    top$core$model_config$halves$11 halves$11(
        .d(halves$11$d),
        .q(halves$11$q),
        .clock(halves$11$clock)
    );
    top$core$model_config$halves$12 halves$12(
        .d(halves$12$d),
        .q(halves$12$q),
        .clock(halves$12$clock)
    );
    top$core$model_config$halves$13 halves$13(
        .d(halves$13$d),
        .q(halves$13$q),
        .clock(halves$13$clock)
    );
    top$core$model_config$halves$14 halves$14(
        .d(halves$14$d),
        .q(halves$14$q),
        .clock(halves$14$clock)
    );
    top$core$model_config$halves$15 halves$15(
        .d(halves$15$d),
        .q(halves$15$q),
        .clock(halves$15$clock)
    );
    top$core$model_config$halves$16 halves$16(
        .d(halves$16$d),
        .q(halves$16$q),
        .clock(halves$16$clock)
    );
    top$core$model_config$halves$17 halves$17(
        .d(halves$17$d),
        .q(halves$17$q),
        .clock(halves$17$clock)
    );
    top$core$model_config$halves$18 halves$18(
        .d(halves$18$d),
        .q(halves$18$q),
        .clock(halves$18$clock)
    );
    top$core$model_config$halves$19 halves$19(
        .d(halves$19$d),
        .q(halves$19$q),
        .clock(halves$19$clock)
    );
    
    // Update code
    always @(*) begin
        data_high = ((write_data) & 16'hffff) << shift8;
        halves$0$clock = clock;
        halves$0$d = halves$0$q;
        if (reset) begin
            halves$0$d = zero16;
        end
        halves$1$clock = clock;
        halves$1$d = halves$1$q;
        if (reset) begin
            halves$1$d = zero16;
        end
        halves$2$clock = clock;
        halves$2$d = halves$2$q;
        if (reset) begin
            halves$2$d = zero16;
        end
        halves$3$clock = clock;
        halves$3$d = halves$3$q;
        if (reset) begin
            halves$3$d = zero16;
        end
        halves$4$clock = clock;
        halves$4$d = halves$4$q;
        if (reset) begin
            halves$4$d = zero16;
        end
        halves$5$clock = clock;
        halves$5$d = halves$5$q;
        if (reset) begin
            halves$5$d = zero16;
        end
        halves$6$clock = clock;
        halves$6$d = halves$6$q;
        if (reset) begin
            halves$6$d = zero16;
        end
        halves$7$clock = clock;
        halves$7$d = halves$7$q;
        if (reset) begin
            halves$7$d = zero16;
        end
        halves$8$clock = clock;
        halves$8$d = halves$8$q;
        if (reset) begin
            halves$8$d = zero16;
        end
        halves$9$clock = clock;
        halves$9$d = halves$9$q;
        if (reset) begin
            halves$9$d = zero16;
        end
        halves$10$clock = clock;
        halves$10$d = halves$10$q;
        if (reset) begin
            halves$10$d = zero16;
        end
        halves$11$clock = clock;
        halves$11$d = halves$11$q;
        if (reset) begin
            halves$11$d = zero16;
        end
        halves$12$clock = clock;
        halves$12$d = halves$12$q;
        if (reset) begin
            halves$12$d = zero16;
        end
        halves$13$clock = clock;
        halves$13$d = halves$13$q;
        if (reset) begin
            halves$13$d = zero16;
        end
        halves$14$clock = clock;
        halves$14$d = halves$14$q;
        if (reset) begin
            halves$14$d = zero16;
        end
        halves$15$clock = clock;
        halves$15$d = halves$15$q;
        if (reset) begin
            halves$15$d = zero16;
        end
        halves$16$clock = clock;
        halves$16$d = halves$16$q;
        if (reset) begin
            halves$16$d = zero16;
        end
        halves$17$clock = clock;
        halves$17$d = halves$17$q;
        if (reset) begin
            halves$17$d = zero16;
        end
        halves$18$clock = clock;
        halves$18$d = halves$18$q;
        if (reset) begin
            halves$18$d = zero16;
        end
        halves$19$clock = clock;
        halves$19$d = halves$19$q;
        if (reset) begin
            halves$19$d = zero16;
        end
        shift_in$0 = halves$1$q << shift8;
        shift_in$1 = halves$2$q << shift8;
        shift_in$2 = halves$3$q << shift8;
        shift_in$3 = halves$4$q << shift8;
        shift_in$4 = halves$5$q << shift8;
        shift_in$5 = halves$6$q << shift8;
        shift_in$6 = halves$7$q << shift8;
        shift_in$7 = halves$8$q << shift8;
        shift_in$8 = halves$9$q << shift8;
        shift_in$9 = halves$10$q << shift8;
        shift_in$10 = halves$11$q << shift8;
        shift_in$11 = halves$12$q << shift8;
        shift_in$12 = halves$13$q << shift8;
        shift_in$13 = halves$14$q << shift8;
        shift_in$14 = halves$15$q << shift8;
        shift_in$15 = halves$16$q << shift8;
        shift_in$16 = halves$17$q << shift8;
        shift_in$17 = halves$18$q << shift8;
        shift_in$18 = halves$19$q << shift8;
        shift_in$19 = data_high;
        if (write & ~reset) begin
            halves$0$d = (halves$0$q >> shift8) | shift_in$0;
            halves$1$d = (halves$1$q >> shift8) | shift_in$1;
            halves$2$d = (halves$2$q >> shift8) | shift_in$2;
            halves$3$d = (halves$3$q >> shift8) | shift_in$3;
            halves$4$d = (halves$4$q >> shift8) | shift_in$4;
            halves$5$d = (halves$5$q >> shift8) | shift_in$5;
            halves$6$d = (halves$6$q >> shift8) | shift_in$6;
            halves$7$d = (halves$7$q >> shift8) | shift_in$7;
            halves$8$d = (halves$8$q >> shift8) | shift_in$8;
            halves$9$d = (halves$9$q >> shift8) | shift_in$9;
            halves$10$d = (halves$10$q >> shift8) | shift_in$10;
            halves$11$d = (halves$11$q >> shift8) | shift_in$11;
            halves$12$d = (halves$12$q >> shift8) | shift_in$12;
            halves$13$d = (halves$13$q >> shift8) | shift_in$13;
            halves$14$d = (halves$14$q >> shift8) | shift_in$14;
            halves$15$d = (halves$15$q >> shift8) | shift_in$15;
            halves$16$d = (halves$16$q >> shift8) | shift_in$16;
            halves$17$d = (halves$17$q >> shift8) | shift_in$17;
            halves$18$d = (halves$18$q >> shift8) | shift_in$18;
            halves$19$d = (halves$19$q >> shift8) | shift_in$19;
        end
        payload_len = ((halves$0$q) & 32'hffffffff) | (((halves$1$q) & 32'hffffffff) << shift16);
        payload_crc = ((halves$2$q) & 32'hffffffff) | (((halves$3$q) & 32'hffffffff) << shift16);
        layer_inputs = zero16;
        layer_outputs = zero16;
        layer_input_offset = zero16;
        layer_output_offset = zero16;
        if (layer_select == layer_index$0) begin
            layer_inputs = halves$4$q;
            layer_outputs = halves$5$q;
            layer_input_offset = halves$6$q;
            layer_output_offset = halves$7$q;
        end
        if (layer_select == layer_index$1) begin
            layer_inputs = halves$8$q;
            layer_outputs = halves$9$q;
            layer_input_offset = halves$10$q;
            layer_output_offset = halves$11$q;
        end
        if (layer_select == layer_index$2) begin
            layer_inputs = halves$12$q;
            layer_outputs = halves$13$q;
            layer_input_offset = halves$14$q;
            layer_output_offset = halves$15$q;
        end
        if (layer_select == layer_index$3) begin
            layer_inputs = halves$16$q;
            layer_outputs = halves$17$q;
            layer_input_offset = halves$18$q;
            layer_output_offset = halves$19$q;
        end
        layer_count = max_layers;
        table_ended = 1'b0;
        if (~table_ended & (halves$4$q == zero16)) begin
            layer_count = layer_index$0;
            table_ended = 1'b1;
        end
        if (~table_ended & (halves$8$q == zero16)) begin
            layer_count = layer_index$1;
            table_ended = 1'b1;
        end
        if (~table_ended & (halves$12$q == zero16)) begin
            layer_count = layer_index$2;
            table_ended = 1'b1;
        end
        if (~table_ended & (halves$16$q == zero16)) begin
            layer_count = layer_index$3;
            table_ended = 1'b1;
        end
        layer_is_last = layer_select + one4 == layer_count;
    end
    
endmodule // top$core$model_config


module top$core$model_config$halves$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$0


module top$core$model_config$halves$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$1


module top$core$model_config$halves$10(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$10


module top$core$model_config$halves$11(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$11


module top$core$model_config$halves$12(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$12


module top$core$model_config$halves$13(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$13


module top$core$model_config$halves$14(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$14


module top$core$model_config$halves$15(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$15


module top$core$model_config$halves$16(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$16


module top$core$model_config$halves$17(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$17


module top$core$model_config$halves$18(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$18


module top$core$model_config$halves$19(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$19


module top$core$model_config$halves$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$2


module top$core$model_config$halves$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$3


module top$core$model_config$halves$4(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$4


module top$core$model_config$halves$5(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$5


module top$core$model_config$halves$6(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$6


module top$core$model_config$halves$7(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$7


module top$core$model_config$halves$8(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$8


module top$core$model_config$halves$9(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$9


module top$core$outputs(clock,reset,start,row_valid,row_ready,row_acc,row_multiplier,row_shift,row_last_layer,layer_outputs,layer_output_offset,act_write_enable,act_write_address,act_write_data,result_write_enable,result_write_address,result_write_data,finish,cycles,idle,done);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  row_valid;
    output reg  row_ready;
    input wire  [31:0] row_acc;
    input wire  [15:0] row_multiplier;
    input wire  [7:0] row_shift;
    input wire  row_last_layer;
    input wire  [15:0] layer_outputs;
    input wire  [15:0] layer_output_offset;
    output reg  act_write_enable;
    output reg  [8:0] act_write_address;
    output reg  [15:0] act_write_data;
    output reg  result_write_enable;
    output reg  [9:0] result_write_address;
    output reg  [7:0] result_write_data;
    input wire  finish;
    input wire  [31:0] cycles;
    output reg  idle;
    output reg  done;
    
    // Constant declarations
    localparam  lanes_less_one = 4'h1;
    localparam  lane_shift = 8'h1;
    localparam  top_byte_shift = 8'h8;
    localparam  seven = 16'h7;
    localparam  not_seven = 16'hfff8;
    localparam  eight = 16'h8;
    localparam  sign32 = 32'h80000000;
    localparam  zero4 = 4'h0;
    localparam  one4 = 4'h1;
    localparam  four = 4'h4;
    localparam  eight4 = 4'h8;
    localparam  zero8 = 8'h0;
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  one_address = 9'b1;
    localparam  one_offset = 10'b1;
    localparam  zero_offset = 10'b0;
    localparam  byte_shift = 8'h8;
    localparam  two = 8'h2;
    localparam  shift16 = 8'h10;
    localparam  shift32 = 8'h20;
    
    // Stub signals
    reg  requantizer$clock;
    reg  requantizer$reset;
    reg  requantizer$start;
    reg  [31:0] requantizer$acc;
    reg  [15:0] requantizer$multiplier;
    reg  [7:0] requantizer$shift;
    wire  requantizer$busy;
    wire  requantizer$done;
    wire  [7:0] requantizer$result;
    reg  [15:0] appended$d;
    wire  [15:0] appended$q;
    reg  appended$clock;
    reg  [15:0] pack$d;
    wire  [15:0] pack$q;
    reg  pack$clock;
    reg  [3:0] byte_in_word$d;
    wire  [3:0] byte_in_word$q;
    reg  byte_in_word$clock;
    reg  [8:0] word_address$d;
    wire  [8:0] word_address$q;
    reg  word_address$clock;
    reg  flushing$d;
    wire  flushing$q;
    reg  flushing$clock;
    reg  [15:0] logits$d;
    wire  [15:0] logits$q;
    reg  logits$clock;
    reg  [31:0] best$d;
    wire  [31:0] best$q;
    reg  best$clock;
    reg  [15:0] best_index$d;
    wire  [15:0] best_index$q;
    reg  best_index$clock;
    reg  [63:0] serial$d;
    wire  [63:0] serial$q;
    reg  serial$clock;
    reg  [3:0] serial_left$d;
    wire  [3:0] serial_left$q;
    reg  serial_left$clock;
    reg  [9:0] serial_address$d;
    wire  [9:0] serial_address$q;
    reg  serial_address$clock;
    reg  writing_header$d;
    wire  writing_header$q;
    reg  writing_header$clock;
    reg  done_pulse$d;
    wire  done_pulse$q;
    reg  done_pulse$clock;
    reg  [15:0] outputs_q$d;
    wire  [15:0] outputs_q$q;
    reg  outputs_q$clock;
    reg  [15:0] padded_outputs$d;
    wire  [15:0] padded_outputs$q;
    reg  padded_outputs$clock;
    reg  [15:0] first_word_wide$d;
    wire  [15:0] first_word_wide$q;
    reg  first_word_wide$clock;
    
    // Local signals
    reg  take;
    reg  append;
    reg  [7:0] append_byte;
    reg  [15:0] packed_word;
    reg  [15:0] logit_offset_wide;
    reg  [63:0] header_word;
    
    // Sub module instances
    top$core$outputs$requantizer requantizer(
        .clock(requantizer$clock),
        .reset(requantizer$reset),
        .start(requantizer$start),
        .acc(requantizer$acc),
        .multiplier(requantizer$multiplier),
        .shift(requantizer$shift),
        .busy(requantizer$busy),
        .done(requantizer$done),
        .result(requantizer$result)
    );
    top$core$outputs$appended appended(
        .d(appended$d),
        .q(appended$q),
        .clock(appended$clock)
    );
    top$core$outputs$pack pack(
        .d(pack$d),
        .q(pack$q),
        .clock(pack$clock)
    );
    top$core$outputs$byte_in_word byte_in_word(
        .d(byte_in_word$d),
        .q(byte_in_word$q),
        .clock(byte_in_word$clock)
    );
    top$core$outputs$word_address word_address(
        .d(word_address$d),
        .q(word_address$q),
        .clock(word_address$clock)
    );
    top$core$outputs$flushing flushing(
        .d(flushing$d),
        .q(flushing$q),
        .clock(flushing$clock)
    );
    top$core$outputs$logits logits(
        .d(logits$d),
        .q(logits$q),
        .clock(logits$clock)
    );
    top$core$outputs$best best(
        .d(best$d),
        .q(best$q),
        .clock(best$clock)
    );
    top$core$outputs$best_index best_index(
        .d(best_index$d),
        .q(best_index$q),
        .clock(best_index$clock)
    );
    top$core$outputs$serial serial(
        .d(serial$d),
        .q(serial$q),
        .clock(serial$clock)
    );
    top$core$outputs$serial_left serial_left(
        .d(serial_left$d),
        .q(serial_left$q),
        .clock(serial_left$clock)
    );
    top$core$outputs$serial_address serial_address(
        .d(serial_address$d),
        .q(serial_address$q),
        .clock(serial_address$clock)
    );
    top$core$outputs$writing_header writing_header(
        .d(writing_header$d),
        .q(writing_header$q),
        .clock(writing_header$clock)
    );
    top$core$outputs$done_pulse done_pulse(
        .d(done_pulse$d),
        .q(done_pulse$q),
        .clock(done_pulse$clock)
    );
    top$core$outputs$outputs_q outputs_q(
        .d(outputs_q$d),
        .q(outputs_q$q),
        .clock(outputs_q$clock)
    );
    top$core$outputs$padded_outputs padded_outputs(
        .d(padded_outputs$d),
        .q(padded_outputs$q),
        .clock(padded_outputs$clock)
    );
    top$core$outputs$first_word_wide first_word_wide(
        .d(first_word_wide$d),
        .q(first_word_wide$q),
        .clock(first_word_wide$clock)
    );
    
    // Update code
    always @(*) begin
        appended$clock = clock;
        pack$clock = clock;
        byte_in_word$clock = clock;
        word_address$clock = clock;
        flushing$clock = clock;
        logits$clock = clock;
        best$clock = clock;
        best_index$clock = clock;
        serial$clock = clock;
        serial_left$clock = clock;
        serial_address$clock = clock;
        writing_header$clock = clock;
        done_pulse$clock = clock;
        outputs_q$clock = clock;
        padded_outputs$clock = clock;
        first_word_wide$clock = clock;
        appended$d = appended$q;
        pack$d = pack$q;
        byte_in_word$d = byte_in_word$q;
        word_address$d = word_address$q;
        flushing$d = flushing$q;
        logits$d = logits$q;
        best$d = best$q;
        best_index$d = best_index$q;
        serial$d = serial$q;
        serial_left$d = serial_left$q;
        serial_address$d = serial_address$q;
        writing_header$d = writing_header$q;
        done_pulse$d = done_pulse$q;
        outputs_q$d = outputs_q$q;
        padded_outputs$d = padded_outputs$q;
        first_word_wide$d = first_word_wide$q;
        requantizer$clock = clock;
        requantizer$reset = reset;
        requantizer$start = 1'b0;
        requantizer$acc = row_acc;
        requantizer$multiplier = row_multiplier;
        requantizer$shift = row_shift;
        done_pulse$d = 1'b0;
        act_write_enable = 1'b0;
        result_write_enable = 1'b0;
        idle = ~requantizer$busy & ~requantizer$done & ~flushing$q & (serial_left$q == zero4);
        row_ready = idle;
        take = row_valid & row_ready;
        logit_offset_wide = (logits$q << two) + eight;
        if (take) begin
            if (row_last_layer) begin
                serial$d = ((row_acc) & 64'hffffffffffffffff);
                serial_left$d = four;
                serial_address$d = logit_offset_wide[(32'h0)+:(10)];
                if ((logits$q == zero16) | ((row_acc ^ sign32) > (best$q ^ sign32))) begin
                    best$d = row_acc;
                    best_index$d = logits$q;
                end
                logits$d = logits$q + one16;
            end
            else begin
                requantizer$start = 1'b1;
            end
        end
        outputs_q$d = layer_outputs;
        padded_outputs$d = (layer_outputs + seven) & not_seven;
        append = requantizer$done | flushing$q;
        append_byte = zero8;
        if (requantizer$done) begin
            append_byte = requantizer$result;
        end
        packed_word = (pack$q >> byte_shift) | (((append_byte) & 16'hffff) << top_byte_shift);
        first_word_wide$d = layer_output_offset >> lane_shift;
        act_write_data = packed_word;
        act_write_address = word_address$q;
        if (appended$q == zero16) begin
            act_write_address = first_word_wide$q[(32'h0)+:(9)];
        end
        if (append) begin
            pack$d = packed_word;
            appended$d = appended$q + one16;
            byte_in_word$d = byte_in_word$q + one4;
            word_address$d = act_write_address;
            if (byte_in_word$q == lanes_less_one) begin
                act_write_enable = 1'b1;
                byte_in_word$d = zero4;
                word_address$d = act_write_address + one_address;
            end
            if (appended$q + one16 == outputs_q$q) begin
                flushing$d = 1'b1;
            end
            if (appended$q + one16 == padded_outputs$q) begin
                flushing$d = 1'b0;
                appended$d = zero16;
                byte_in_word$d = zero4;
            end
        end
        result_write_address = serial_address$q;
        result_write_data = serial$q[(32'h0)+:(8)];
        if (serial_left$q != zero4) begin
            result_write_enable = 1'b1;
            serial$d = serial$q >> byte_shift;
            serial_address$d = serial_address$q + one_offset;
            serial_left$d = serial_left$q - one4;
            if ((serial_left$q == one4) & writing_header$q) begin
                writing_header$d = 1'b0;
                done_pulse$d = 1'b1;
            end
        end
        header_word = ((logits$q) & 64'hffffffffffffffff) | (((best_index$q) & 64'hffffffffffffffff) << shift16) | (((cycles) & 64'hffffffffffffffff) << shift32);
        if (finish) begin
            serial$d = header_word;
            serial_left$d = eight4;
            serial_address$d = zero_offset;
            writing_header$d = 1'b1;
        end
        if (start) begin
            logits$d = zero16;
            appended$d = zero16;
            byte_in_word$d = zero4;
            flushing$d = 1'b0;
        end
        if (reset) begin
            serial_left$d = zero4;
            writing_header$d = 1'b0;
            flushing$d = 1'b0;
            appended$d = zero16;
            byte_in_word$d = zero4;
        end
        done = done_pulse$q;
    end
    
endmodule // top$core$outputs


module top$core$outputs$appended(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$appended


module top$core$outputs$best(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$best


module top$core$outputs$best_index(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$best_index


module top$core$outputs$byte_in_word(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$byte_in_word


module top$core$outputs$done_pulse(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$done_pulse


module top$core$outputs$first_word_wide(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$first_word_wide


module top$core$outputs$flushing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$flushing


module top$core$outputs$logits(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$logits


module top$core$outputs$outputs_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$outputs_q


module top$core$outputs$pack(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$pack


module top$core$outputs$padded_outputs(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$padded_outputs


module top$core$outputs$requantizer(clock,reset,start,acc,multiplier,shift,busy,done,result);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  [31:0] acc;
    input wire  [15:0] multiplier;
    input wire  [7:0] shift;
    output reg  busy;
    output reg  done;
    output reg  [7:0] result;
    
    // Constant declarations
    localparam  sign_extension = 50'h3ffff00000000;
    localparam  top_bit = 50'h2000000000000;
    localparam  max_shift = 8'h2f;
    localparam  zero8 = 8'h0;
    localparam  one8 = 8'h1;
    localparam  all_ones8 = 8'hff;
    localparam  zero6 = 6'b0;
    localparam  one6 = 6'b1;
    localparam  multiply_clocks = 6'b10000;
    localparam  shift_clocks = 6'b110000;
    localparam  zero50 = 50'h0;
    localparam  one50 = 50'h1;
    
    // Enums
    localparam Phase$Idle = 0;
    localparam Phase$Multiply = 1;
    localparam Phase$Shift = 2;
    localparam Phase$Round = 3;
    localparam Phase$Finish = 4;
    
    // Stub signals
    reg  [2:0] phase$d;
    wire  [2:0] phase$q;
    reg  phase$clock;
    reg  [49:0] product$d;
    wire  [49:0] product$q;
    reg  product$clock;
    reg  [49:0] addend$d;
    wire  [49:0] addend$q;
    reg  addend$clock;
    reg  [15:0] multiplier_left$d;
    wire  [15:0] multiplier_left$q;
    reg  multiplier_left$clock;
    reg  [5:0] shifts_left$d;
    wire  [5:0] shifts_left$q;
    reg  shifts_left$clock;
    reg  [5:0] clocks_left$d;
    wire  [5:0] clocks_left$q;
    reg  clocks_left$clock;
    reg  no_shift$d;
    wire  no_shift$q;
    reg  no_shift$clock;
    reg  too_far$d;
    wire  too_far$q;
    reg  too_far$clock;
    reg  [7:0] result_held$d;
    wire  [7:0] result_held$q;
    reg  result_held$clock;
    reg  done_pulse$d;
    wire  done_pulse$q;
    reg  done_pulse$clock;
    
    // Local signals
    reg  [49:0] halved;
    reg  [49:0] incremented;
    reg  [49:0] rounded;
    reg  [7:0] shift_less_one_wide;
    
    // Sub module instances
    top$core$outputs$requantizer$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    top$core$outputs$requantizer$product product(
        .d(product$d),
        .q(product$q),
        .clock(product$clock)
    );
    top$core$outputs$requantizer$addend addend(
        .d(addend$d),
        .q(addend$q),
        .clock(addend$clock)
    );
    top$core$outputs$requantizer$multiplier_left multiplier_left(
        .d(multiplier_left$d),
        .q(multiplier_left$q),
        .clock(multiplier_left$clock)
    );
    top$core$outputs$requantizer$shifts_left shifts_left(
        .d(shifts_left$d),
        .q(shifts_left$q),
        .clock(shifts_left$clock)
    );
    top$core$outputs$requantizer$clocks_left clocks_left(
        .d(clocks_left$d),
        .q(clocks_left$q),
        .clock(clocks_left$clock)
    );
    top$core$outputs$requantizer$no_shift no_shift(
        .d(no_shift$d),
        .q(no_shift$q),
        .clock(no_shift$clock)
    );
    top$core$outputs$requantizer$too_far too_far(
        .d(too_far$d),
        .q(too_far$q),
        .clock(too_far$clock)
    );
    top$core$outputs$requantizer$result_held result_held(
        .d(result_held$d),
        .q(result_held$q),
        .clock(result_held$clock)
    );
    top$core$outputs$requantizer$done_pulse done_pulse(
        .d(done_pulse$d),
        .q(done_pulse$q),
        .clock(done_pulse$clock)
    );
    
    // Update code
    always @(*) begin
        phase$clock = clock;
        product$clock = clock;
        addend$clock = clock;
        multiplier_left$clock = clock;
        shifts_left$clock = clock;
        clocks_left$clock = clock;
        no_shift$clock = clock;
        too_far$clock = clock;
        result_held$clock = clock;
        done_pulse$clock = clock;
        phase$d = phase$q;
        product$d = product$q;
        addend$d = addend$q;
        multiplier_left$d = multiplier_left$q;
        shifts_left$d = shifts_left$q;
        clocks_left$d = clocks_left$q;
        no_shift$d = no_shift$q;
        too_far$d = too_far$q;
        result_held$d = result_held$q;
        done_pulse$d = done_pulse$q;
        done_pulse$d = 1'b0;
        halved = product$q >> one8;
        if (product$q[32'h31]) begin
            halved = (product$q >> one8) | top_bit;
        end
        incremented = product$q + one50;
        rounded = incremented >> one8;
        if (incremented[32'h31]) begin
            rounded = (incremented >> one8) | top_bit;
        end
        if (no_shift$q) begin
            rounded = product$q;
        end
        shift_less_one_wide = shift - one8;
        if (clocks_left$q != zero6) begin
            clocks_left$d = clocks_left$q - one6;
        end
        case (phase$q)
            Phase$Idle:
                begin
                    if (start) begin
                        phase$d = Phase$Multiply;
                        clocks_left$d = multiply_clocks;
                        product$d = zero50;
                        addend$d = ((acc) & 50'h3ffffffffffff);
                        if (acc[32'h1f]) begin
                            addend$d = ((acc) & 50'h3ffffffffffff) | sign_extension;
                        end
                        multiplier_left$d = multiplier;
                        no_shift$d = shift == zero8;
                        too_far$d = shift > max_shift;
                        shifts_left$d = zero6;
                        if ((shift != zero8) & (shift <= max_shift)) begin
                            shifts_left$d = shift_less_one_wide[(32'h0)+:(6)];
                        end
                    end
                end
            Phase$Multiply:
                begin
                    if (multiplier_left$q[32'h0]) begin
                        product$d = product$q + addend$q;
                    end
                    addend$d = addend$q << one8;
                    multiplier_left$d = multiplier_left$q >> one8;
                    if (clocks_left$q == one6) begin
                        phase$d = Phase$Shift;
                        clocks_left$d = shift_clocks;
                    end
                end
            Phase$Shift:
                begin
                    if (shifts_left$q != zero6) begin
                        product$d = halved;
                        shifts_left$d = shifts_left$q - one6;
                    end
                    if (clocks_left$q == one6) begin
                        phase$d = Phase$Round;
                    end
                end
            Phase$Round:
                begin
                    product$d = rounded;
                    phase$d = Phase$Finish;
                end
            Phase$Finish:
                begin
                    phase$d = Phase$Idle;
                    done_pulse$d = 1'b1;
                    if (too_far$q | product$q[32'h31]) begin
                        result_held$d = zero8;
                    end
                    else if (|product$q[(32'h8)+:(41)]) begin
                        result_held$d = all_ones8;
                    end
                    else begin
                        result_held$d = product$q[(32'h0)+:(8)];
                    end
                end
            default:
                begin
                    phase$d = Phase$Idle;
                end
        endcase
        if (reset) begin
            phase$d = Phase$Idle;
            done_pulse$d = 1'b0;
        end
        busy = phase$q != Phase$Idle;
        done = done_pulse$q;
        result = result_held$q;
    end
    
endmodule // top$core$outputs$requantizer


module top$core$outputs$requantizer$addend(d,q,clock);
    
    // Module arguments
    input wire  [49:0] d;
    output reg  [49:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 50'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$addend


module top$core$outputs$requantizer$clocks_left(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$clocks_left


module top$core$outputs$requantizer$done_pulse(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$done_pulse


module top$core$outputs$requantizer$multiplier_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$multiplier_left


module top$core$outputs$requantizer$no_shift(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$no_shift


module top$core$outputs$requantizer$phase(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam Phase$Idle = 0;
    localparam Phase$Multiply = 1;
    localparam Phase$Shift = 2;
    localparam Phase$Round = 3;
    localparam Phase$Finish = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$phase


module top$core$outputs$requantizer$product(d,q,clock);
    
    // Module arguments
    input wire  [49:0] d;
    output reg  [49:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 50'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$product


module top$core$outputs$requantizer$result_held(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$result_held


module top$core$outputs$requantizer$shifts_left(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$shifts_left


module top$core$outputs$requantizer$too_far(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$too_far


module top$core$outputs$serial(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$serial


module top$core$outputs$serial_address(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$serial_address


module top$core$outputs$serial_left(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$serial_left


module top$core$outputs$word_address(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$word_address


module top$core$outputs$writing_header(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$writing_header


module top$core$pack(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$pack


module top$core$plain_skid(clock,flush,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  flush;
    input wire  [15:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [15:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [15:0] main_data$d;
    wire  [15:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [15:0] skid_data$d;
    wire  [15:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Local signals
    reg  take_in;
    
    // Sub module instances
    top$core$plain_skid$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    top$core$plain_skid$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    top$core$plain_skid$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    top$core$plain_skid$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        take_in = in_valid & ~skid_valid$q;
        if (~main_valid$q | out_ready) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = take_in;
            end
        end
        else if (take_in) begin
            skid_data$d = in_data;
            skid_valid$d = 1'b1;
        end
        if (flush) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // top$core$plain_skid


module top$core$plain_skid$main_data(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$plain_skid$main_data


module top$core$plain_skid$main_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$plain_skid$main_valid


module top$core$plain_skid$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$plain_skid$skid_data


module top$core$plain_skid$skid_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$plain_skid$skid_valid


module top$core$read_byte(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$read_byte


module top$core$read_from_results(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$read_from_results


module top$core$ready(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$ready


module top$core$result_address_held(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$result_address_held


module top$core$results(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [7:0] read_data;
    input wire  [10:0] write_address;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg [7:0] mem [0:511];
    always @(posedge clock) begin
        read_data <= (read_address <= 511) ? mem[read_address[8:0]] : 8'd0;
        if (write_enable && write_address <= 511) mem[write_address[8:0]] <= write_data;
    end
endmodule // top$core$results


module top$core$running(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$running


module top$core$running_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$running_slot


module top$core$runs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$runs


module top$core$sequencer(clock,reset,start,layer,layer_inputs,layer_outputs,layer_input_offset,layer_is_last,beat_data,beat_valid,beat_ready,act_address,mac_valid,mac_ready,mac_weights,mac_lane_mask,mac_row_start,mac_row_end,mac_bias,mac_multiplier,mac_shift,mac_last_layer,drained,finished);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    output reg  [3:0] layer;
    input wire  [15:0] layer_inputs;
    input wire  [15:0] layer_outputs;
    input wire  [15:0] layer_input_offset;
    input wire  layer_is_last;
    input wire  [15:0] beat_data;
    input wire  beat_valid;
    output reg  beat_ready;
    output reg  [8:0] act_address;
    output reg  mac_valid;
    input wire  mac_ready;
    output reg  [15:0] mac_weights;
    output reg  [1:0] mac_lane_mask;
    output reg  mac_row_start;
    output reg  mac_row_end;
    output reg  [31:0] mac_bias;
    output reg  [15:0] mac_multiplier;
    output reg  [7:0] mac_shift;
    output reg  mac_last_layer;
    input wire  drained;
    output reg  finished;
    
    // Constant declarations
    localparam  lanes = 16'h2;
    localparam  lane_shift = 8'h1;
    localparam  header_beats = 4'h4;
    localparam  beat_bits = 8'h10;
    localparam  top_shift = 8'h30;
    localparam  lane_index$0 = 16'h0;
    localparam  lane_index$1 = 16'h1;
    localparam  lane_bit$0 = 2'b1;
    localparam  lane_bit$1 = 2'b10;
    localparam  zero4 = 4'h0;
    localparam  one4 = 4'h1;
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  zero_mask = 2'b0;
    localparam  seven = 16'h7;
    localparam  not_seven = 16'hfff8;
    
    // Enums
    localparam SeqState$Idle = 0;
    localparam SeqState$Header = 1;
    localparam SeqState$Weights = 2;
    localparam SeqState$Drain = 3;
    localparam SeqState$Finish = 4;
    
    // Stub signals
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [15:0] outputs_q$d;
    wire  [15:0] outputs_q$q;
    reg  outputs_q$clock;
    reg  last_row$d;
    wire  last_row$q;
    reg  last_row$clock;
    reg  [3:0] layer_index$d;
    wire  [3:0] layer_index$q;
    reg  layer_index$clock;
    reg  [15:0] row$d;
    wire  [15:0] row$q;
    reg  row$clock;
    reg  [3:0] header_count$d;
    wire  [3:0] header_count$q;
    reg  header_count$clock;
    reg  [63:0] header$d;
    wire  [63:0] header$q;
    reg  header$clock;
    reg  [15:0] weight_beat$d;
    wire  [15:0] weight_beat$q;
    reg  weight_beat$clock;
    reg  [15:0] inputs_left$d;
    wire  [15:0] inputs_left$q;
    reg  inputs_left$clock;
    reg  [15:0] beats_left$d;
    wire  [15:0] beats_left$q;
    reg  beats_left$clock;
    reg  [8:0] held_address$d;
    wire  [8:0] held_address$q;
    reg  held_address$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  [15:0] out_weights$d;
    wire  [15:0] out_weights$q;
    reg  out_weights$clock;
    reg  [1:0] out_mask$d;
    wire  [1:0] out_mask$q;
    reg  out_mask$clock;
    reg  out_start$d;
    wire  out_start$q;
    reg  out_start$clock;
    reg  out_end$d;
    wire  out_end$q;
    reg  out_end$clock;
    reg  [31:0] out_bias$d;
    wire  [31:0] out_bias$q;
    reg  out_bias$clock;
    reg  [15:0] out_multiplier$d;
    wire  [15:0] out_multiplier$q;
    reg  out_multiplier$clock;
    reg  [7:0] out_shift$d;
    wire  [7:0] out_shift$q;
    reg  out_shift$clock;
    reg  out_last$d;
    wire  out_last$q;
    reg  out_last$clock;
    
    // Local signals
    reg  take;
    reg  [15:0] input_word_wide;
    reg  [15:0] row_beats;
    reg  [8:0] beat_address;
    reg  row_ends;
    reg  [1:0] mask;
    reg  [63:0] next_header;
    
    // Sub module instances
    top$core$sequencer$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$core$sequencer$outputs_q outputs_q(
        .d(outputs_q$d),
        .q(outputs_q$q),
        .clock(outputs_q$clock)
    );
    top$core$sequencer$last_row last_row(
        .d(last_row$d),
        .q(last_row$q),
        .clock(last_row$clock)
    );
    top$core$sequencer$layer_index layer_index(
        .d(layer_index$d),
        .q(layer_index$q),
        .clock(layer_index$clock)
    );
    top$core$sequencer$row row(
        .d(row$d),
        .q(row$q),
        .clock(row$clock)
    );
    top$core$sequencer$header_count header_count(
        .d(header_count$d),
        .q(header_count$q),
        .clock(header_count$clock)
    );
    top$core$sequencer$header header(
        .d(header$d),
        .q(header$q),
        .clock(header$clock)
    );
    top$core$sequencer$weight_beat weight_beat(
        .d(weight_beat$d),
        .q(weight_beat$q),
        .clock(weight_beat$clock)
    );
    top$core$sequencer$inputs_left inputs_left(
        .d(inputs_left$d),
        .q(inputs_left$q),
        .clock(inputs_left$clock)
    );
    top$core$sequencer$beats_left beats_left(
        .d(beats_left$d),
        .q(beats_left$q),
        .clock(beats_left$clock)
    );
    top$core$sequencer$held_address held_address(
        .d(held_address$d),
        .q(held_address$q),
        .clock(held_address$clock)
    );
    top$core$sequencer$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    top$core$sequencer$out_weights out_weights(
        .d(out_weights$d),
        .q(out_weights$q),
        .clock(out_weights$clock)
    );
    top$core$sequencer$out_mask out_mask(
        .d(out_mask$d),
        .q(out_mask$q),
        .clock(out_mask$clock)
    );
    top$core$sequencer$out_start out_start(
        .d(out_start$d),
        .q(out_start$q),
        .clock(out_start$clock)
    );
    top$core$sequencer$out_end out_end(
        .d(out_end$d),
        .q(out_end$q),
        .clock(out_end$clock)
    );
    top$core$sequencer$out_bias out_bias(
        .d(out_bias$d),
        .q(out_bias$q),
        .clock(out_bias$clock)
    );
    top$core$sequencer$out_multiplier out_multiplier(
        .d(out_multiplier$d),
        .q(out_multiplier$q),
        .clock(out_multiplier$clock)
    );
    top$core$sequencer$out_shift out_shift(
        .d(out_shift$d),
        .q(out_shift$q),
        .clock(out_shift$clock)
    );
    top$core$sequencer$out_last out_last(
        .d(out_last$d),
        .q(out_last$q),
        .clock(out_last$clock)
    );
    
    // Update code
    always @(*) begin
        outputs_q$clock = clock;
        last_row$clock = clock;
        state$clock = clock;
        layer_index$clock = clock;
        row$clock = clock;
        header_count$clock = clock;
        header$clock = clock;
        weight_beat$clock = clock;
        inputs_left$clock = clock;
        beats_left$clock = clock;
        held_address$clock = clock;
        out_valid$clock = clock;
        out_weights$clock = clock;
        out_mask$clock = clock;
        out_start$clock = clock;
        out_end$clock = clock;
        out_bias$clock = clock;
        out_multiplier$clock = clock;
        out_shift$clock = clock;
        out_last$clock = clock;
        outputs_q$d = outputs_q$q;
        last_row$d = last_row$q;
        state$d = state$q;
        layer_index$d = layer_index$q;
        row$d = row$q;
        header_count$d = header_count$q;
        header$d = header$q;
        weight_beat$d = weight_beat$q;
        inputs_left$d = inputs_left$q;
        beats_left$d = beats_left$q;
        held_address$d = held_address$q;
        out_valid$d = out_valid$q;
        out_weights$d = out_weights$q;
        out_mask$d = out_mask$q;
        out_start$d = out_start$q;
        out_end$d = out_end$q;
        out_bias$d = out_bias$q;
        out_multiplier$d = out_multiplier$q;
        out_shift$d = out_shift$q;
        out_last$d = out_last$q;
        outputs_q$d = layer_outputs;
        last_row$d = row$q + one16 == outputs_q$q;
        finished = 1'b0;
        beat_ready = mac_ready & ((state$q == SeqState$Header) | (state$q == SeqState$Weights));
        take = beat_ready & beat_valid;
        next_header = (header$q >> beat_bits) | (((beat_data) & 64'hffffffffffffffff) << top_shift);
        if (header_beats == one4) begin
            next_header = ((beat_data) & 64'hffffffffffffffff);
        end
        mask = zero_mask;
        if (inputs_left$q > lane_index$0) begin
            mask = mask | lane_bit$0;
        end
        if (inputs_left$q > lane_index$1) begin
            mask = mask | lane_bit$1;
        end
        row_ends = beats_left$q == one16;
        row_beats = ((layer_inputs + seven) & not_seven) >> lane_shift;
        input_word_wide = layer_input_offset >> lane_shift;
        beat_address = input_word_wide[(32'h0)+:(9)] + weight_beat$q[(32'h0)+:(9)];
        act_address = held_address$q;
        if (take & (state$q == SeqState$Weights)) begin
            act_address = beat_address;
            held_address$d = beat_address;
        end
        if (mac_ready) begin
            out_valid$d = take & (state$q == SeqState$Weights);
        end
        case (state$q)
            SeqState$Idle:
                begin
                end
            SeqState$Header:
                begin
                    if (take) begin
                        header$d = next_header;
                        header_count$d = header_count$q + one4;
                        if (header_count$q + one4 == header_beats) begin
                            state$d = SeqState$Weights;
                            weight_beat$d = zero16;
                            inputs_left$d = layer_inputs;
                            beats_left$d = row_beats;
                        end
                    end
                end
            SeqState$Weights:
                begin
                    if (take) begin
                        out_weights$d = beat_data;
                        out_mask$d = mask;
                        out_start$d = weight_beat$q == zero16;
                        out_end$d = row_ends;
                        out_bias$d = header$q[(32'h0)+:(32)];
                        out_multiplier$d = header$q[(32'h20)+:(16)];
                        out_shift$d = header$q[(32'h30)+:(8)];
                        out_last$d = layer_is_last;
                        weight_beat$d = weight_beat$q + one16;
                        beats_left$d = beats_left$q - one16;
                        inputs_left$d = zero16;
                        if (inputs_left$q > lanes) begin
                            inputs_left$d = inputs_left$q - lanes;
                        end
                        if (row_ends) begin
                            header_count$d = zero4;
                            if (last_row$q) begin
                                state$d = SeqState$Drain;
                            end
                            else begin
                                row$d = row$q + one16;
                                state$d = SeqState$Header;
                            end
                        end
                    end
                end
            SeqState$Drain:
                begin
                    if (drained & ~out_valid$q) begin
                        if (layer_is_last) begin
                            state$d = SeqState$Finish;
                        end
                        else begin
                            layer_index$d = layer_index$q + one4;
                            row$d = zero16;
                            state$d = SeqState$Header;
                        end
                    end
                end
            SeqState$Finish:
                begin
                    finished = 1'b1;
                    state$d = SeqState$Idle;
                end
            default:
                begin
                    state$d = SeqState$Idle;
                end
        endcase
        if (start) begin
            state$d = SeqState$Header;
            layer_index$d = zero4;
            row$d = zero16;
            header_count$d = zero4;
            out_valid$d = 1'b0;
        end
        if (reset) begin
            state$d = SeqState$Idle;
            out_valid$d = 1'b0;
        end
        layer = layer_index$q;
        mac_valid = out_valid$q;
        mac_weights = out_weights$q;
        mac_lane_mask = out_mask$q;
        mac_row_start = out_start$q;
        mac_row_end = out_end$q;
        mac_bias = out_bias$q;
        mac_multiplier = out_multiplier$q;
        mac_shift = out_shift$q;
        mac_last_layer = out_last$q;
    end
    
endmodule // top$core$sequencer


module top$core$sequencer$beats_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$beats_left


module top$core$sequencer$header(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$header


module top$core$sequencer$header_count(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$header_count


module top$core$sequencer$held_address(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$held_address


module top$core$sequencer$inputs_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$inputs_left


module top$core$sequencer$last_row(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$last_row


module top$core$sequencer$layer_index(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$layer_index


module top$core$sequencer$out_bias(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_bias


module top$core$sequencer$out_end(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_end


module top$core$sequencer$out_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_last


module top$core$sequencer$out_mask(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_mask


module top$core$sequencer$out_multiplier(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_multiplier


module top$core$sequencer$out_shift(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_shift


module top$core$sequencer$out_start(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_start


module top$core$sequencer$out_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_valid


module top$core$sequencer$out_weights(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_weights


module top$core$sequencer$outputs_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$outputs_q


module top$core$sequencer$row(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$row


module top$core$sequencer$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam SeqState$Idle = 0;
    localparam SeqState$Header = 1;
    localparam SeqState$Weights = 2;
    localparam SeqState$Drain = 3;
    localparam SeqState$Finish = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$state


module top$core$sequencer$weight_beat(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$weight_beat


module top$core$shadow_runs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$shadow_runs


module top$core$shadow_uptime(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$shadow_uptime


module top$core$start(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$start


module top$core$status_code(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$status_code


module top$core$streamer(clock,reset,start,words,mem_address,mem_data,data,valid,ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  [13:0] words;
    output reg  [13:0] mem_address;
    input wire  [15:0] mem_data;
    output reg  [15:0] data;
    output reg  valid;
    input wire  ready;
    
    // Constant declarations
    localparam  one = 14'b1;
    localparam  zero = 14'b0;
    
    // Enums
    localparam StreamState$Idle = 0;
    localparam StreamState$Prime = 1;
    localparam StreamState$Stream = 2;
    
    // Stub signals
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  [13:0] current$d;
    wire  [13:0] current$q;
    reg  current$clock;
    reg  [13:0] total$d;
    wire  [13:0] total$q;
    reg  total$clock;
    
    // Local signals
    reg  take;
    
    // Sub module instances
    top$core$streamer$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$core$streamer$current current(
        .d(current$d),
        .q(current$q),
        .clock(current$clock)
    );
    top$core$streamer$total total(
        .d(total$d),
        .q(total$q),
        .clock(total$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        current$clock = clock;
        total$clock = clock;
        state$d = state$q;
        current$d = current$q;
        total$d = total$q;
        valid = (state$q == StreamState$Stream) & (current$q < total$q);
        take = valid & ready;
        mem_address = current$q;
        if (take) begin
            mem_address = current$q + one;
            current$d = current$q + one;
        end
        case (state$q)
            StreamState$Idle:
                begin
                end
            StreamState$Prime:
                begin
                    state$d = StreamState$Stream;
                end
            StreamState$Stream:
                begin
                    if (current$q >= total$q) begin
                        state$d = StreamState$Idle;
                    end
                end
            default:
                begin
                    state$d = StreamState$Idle;
                end
        endcase
        if (start) begin
            state$d = StreamState$Prime;
            current$d = zero;
            total$d = words;
        end
        if (reset) begin
            state$d = StreamState$Idle;
        end
        data = mem_data;
    end
    
endmodule // top$core$streamer


module top$core$streamer$current(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$streamer$current


module top$core$streamer$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam StreamState$Idle = 0;
    localparam StreamState$Prime = 1;
    localparam StreamState$Stream = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$streamer$state


module top$core$streamer$total(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$streamer$total


module top$core$unlock(clock,reset,key_write,key_write_data,key_commit,key_clear,key_discard,key_commit_error,key_loaded,restart,locked_data,locked_valid,locked_ready,plain_data,plain_valid,plain_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  key_write;
    input wire  [7:0] key_write_data;
    input wire  key_commit;
    input wire  key_clear;
    input wire  key_discard;
    output reg  key_commit_error;
    output reg  key_loaded;
    input wire  restart;
    input wire  [15:0] locked_data;
    input wire  locked_valid;
    output reg  locked_ready;
    output reg  [15:0] plain_data;
    output reg  plain_valid;
    input wire  plain_ready;
    
    // Stub signals
    reg  key_register$clock;
    reg  key_register$reset;
    reg  key_register$key_write;
    reg  [7:0] key_register$key_write_data;
    reg  key_register$key_commit;
    reg  key_register$key_clear;
    reg  key_register$key_discard;
    wire  key_register$key_commit_error;
    wire  key_register$key_loaded;
    wire  [31:0] key_register$key_word0;
    wire  [31:0] key_register$key_word1;
    wire  [31:0] key_register$key_word2;
    wire  [31:0] key_register$key_word3;
    reg  key_schedule$clock;
    reg  key_schedule$reset;
    reg  key_schedule$restart;
    reg  [31:0] key_schedule$key_word0;
    reg  [31:0] key_schedule$key_word1;
    reg  [31:0] key_schedule$key_word2;
    reg  [31:0] key_schedule$key_word3;
    wire  [15:0] key_schedule$ks_data;
    wire  key_schedule$ks_valid;
    reg  key_schedule$ks_ready;
    reg  lanes$clock;
    reg  lanes$reset;
    reg  [15:0] lanes$locked_data;
    reg  lanes$locked_valid;
    wire  lanes$locked_ready;
    reg  [15:0] lanes$ks_data;
    reg  lanes$ks_valid;
    wire  lanes$ks_ready;
    wire  [15:0] lanes$plain_data;
    wire  lanes$plain_valid;
    reg  lanes$plain_ready;
    reg  flush_q$d;
    wire  flush_q$q;
    reg  flush_q$clock;
    
    // Sub module instances
    top$core$unlock$key_register key_register(
        .clock(key_register$clock),
        .reset(key_register$reset),
        .key_write(key_register$key_write),
        .key_write_data(key_register$key_write_data),
        .key_commit(key_register$key_commit),
        .key_clear(key_register$key_clear),
        .key_discard(key_register$key_discard),
        .key_commit_error(key_register$key_commit_error),
        .key_loaded(key_register$key_loaded),
        .key_word0(key_register$key_word0),
        .key_word1(key_register$key_word1),
        .key_word2(key_register$key_word2),
        .key_word3(key_register$key_word3)
    );
    top$core$unlock$key_schedule key_schedule(
        .clock(key_schedule$clock),
        .reset(key_schedule$reset),
        .restart(key_schedule$restart),
        .key_word0(key_schedule$key_word0),
        .key_word1(key_schedule$key_word1),
        .key_word2(key_schedule$key_word2),
        .key_word3(key_schedule$key_word3),
        .ks_data(key_schedule$ks_data),
        .ks_valid(key_schedule$ks_valid),
        .ks_ready(key_schedule$ks_ready)
    );
    top$core$unlock$lanes lanes(
        .clock(lanes$clock),
        .reset(lanes$reset),
        .locked_data(lanes$locked_data),
        .locked_valid(lanes$locked_valid),
        .locked_ready(lanes$locked_ready),
        .ks_data(lanes$ks_data),
        .ks_valid(lanes$ks_valid),
        .ks_ready(lanes$ks_ready),
        .plain_data(lanes$plain_data),
        .plain_valid(lanes$plain_valid),
        .plain_ready(lanes$plain_ready)
    );
    top$core$unlock$flush_q flush_q(
        .d(flush_q$d),
        .q(flush_q$q),
        .clock(flush_q$clock)
    );
    
    // Update code
    always @(*) begin
        key_register$clock = clock;
        key_schedule$clock = clock;
        lanes$clock = clock;
        flush_q$clock = clock;
        flush_q$d = flush_q$q;
        flush_q$d = restart || key_clear || reset;
        key_register$reset = reset;
        key_register$key_write = key_write;
        key_register$key_write_data = key_write_data;
        key_register$key_commit = key_commit;
        key_register$key_clear = key_clear;
        key_register$key_discard = key_discard;
        key_commit_error = key_register$key_commit_error;
        key_loaded = key_register$key_loaded;
        key_schedule$key_word0 = key_register$key_word0;
        key_schedule$key_word1 = key_register$key_word1;
        key_schedule$key_word2 = key_register$key_word2;
        key_schedule$key_word3 = key_register$key_word3;
        key_schedule$reset = reset || key_clear;
        key_schedule$restart = restart;
        key_schedule$ks_ready = lanes$ks_ready;
        lanes$reset = flush_q$q;
        lanes$ks_data = key_schedule$ks_data;
        lanes$ks_valid = key_schedule$ks_valid;
        lanes$locked_data = locked_data;
        lanes$locked_valid = locked_valid;
        locked_ready = lanes$locked_ready;
        plain_data = lanes$plain_data;
        plain_valid = lanes$plain_valid;
        lanes$plain_ready = plain_ready;
    end
    
endmodule // top$core$unlock


module top$core$unlock$flush_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$flush_q


module top$core$unlock$key_register(clock,reset,key_write,key_write_data,key_commit,key_clear,key_discard,key_commit_error,key_loaded,key_word0,key_word1,key_word2,key_word3);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  key_write;
    input wire  [7:0] key_write_data;
    input wire  key_commit;
    input wire  key_clear;
    input wire  key_discard;
    output reg  key_commit_error;
    output reg  key_loaded;
    output reg  [31:0] key_word0;
    output reg  [31:0] key_word1;
    output reg  [31:0] key_word2;
    output reg  [31:0] key_word3;
    
    // Constant declarations
    localparam  full_count = 5'b10000;
    localparam  too_many = 5'b10001;
    localparam  zero_word = 32'h0;
    localparam  zero_count = 5'b0;
    localparam  one = 5'b1;
    
    // Stub signals
    reg  [31:0] staging0$d;
    wire  [31:0] staging0$q;
    reg  staging0$clock;
    reg  [31:0] staging1$d;
    wire  [31:0] staging1$q;
    reg  staging1$clock;
    reg  [31:0] staging2$d;
    wire  [31:0] staging2$q;
    reg  staging2$clock;
    reg  [31:0] staging3$d;
    wire  [31:0] staging3$q;
    reg  staging3$clock;
    reg  [31:0] key0$d;
    wire  [31:0] key0$q;
    reg  key0$clock;
    reg  [31:0] key1$d;
    wire  [31:0] key1$q;
    reg  key1$clock;
    reg  [31:0] key2$d;
    wire  [31:0] key2$q;
    reg  key2$clock;
    reg  [31:0] key3$d;
    wire  [31:0] key3$q;
    reg  key3$clock;
    reg  write_q$d;
    wire  write_q$q;
    reg  write_q$clock;
    reg  [7:0] data_q$d;
    wire  [7:0] data_q$q;
    reg  data_q$clock;
    reg  commit_q$d;
    wire  commit_q$q;
    reg  commit_q$clock;
    reg  staging_load$d;
    wire  staging_load$q;
    reg  staging_load$clock;
    reg  key_load$d;
    wire  key_load$q;
    reg  key_load$clock;
    reg  zero$d;
    wire  zero$q;
    reg  zero$clock;
    reg  [4:0] count$d;
    wire  [4:0] count$q;
    reg  count$clock;
    reg  full$d;
    wire  full$q;
    reg  full$clock;
    reg  loaded$d;
    wire  loaded$q;
    reg  loaded$clock;
    reg  error$d;
    wire  error$q;
    reg  error$clock;
    reg  committed$d;
    wire  committed$q;
    reg  committed$clock;
    
    // Local signals
    reg  clear_now;
    reg  drop_staging;
    reg  commit_ok;
    reg  [4:0] count_plus_one;
    reg  [4:0] count_next;
    reg  [31:0] byte_at_top;
    
    // Sub module instances
    top$core$unlock$key_register$staging0 staging0(
        .d(staging0$d),
        .q(staging0$q),
        .clock(staging0$clock)
    );
    top$core$unlock$key_register$staging1 staging1(
        .d(staging1$d),
        .q(staging1$q),
        .clock(staging1$clock)
    );
    top$core$unlock$key_register$staging2 staging2(
        .d(staging2$d),
        .q(staging2$q),
        .clock(staging2$clock)
    );
    top$core$unlock$key_register$staging3 staging3(
        .d(staging3$d),
        .q(staging3$q),
        .clock(staging3$clock)
    );
    top$core$unlock$key_register$key0 key0(
        .d(key0$d),
        .q(key0$q),
        .clock(key0$clock)
    );
    top$core$unlock$key_register$key1 key1(
        .d(key1$d),
        .q(key1$q),
        .clock(key1$clock)
    );
    top$core$unlock$key_register$key2 key2(
        .d(key2$d),
        .q(key2$q),
        .clock(key2$clock)
    );
    top$core$unlock$key_register$key3 key3(
        .d(key3$d),
        .q(key3$q),
        .clock(key3$clock)
    );
    top$core$unlock$key_register$write_q write_q(
        .d(write_q$d),
        .q(write_q$q),
        .clock(write_q$clock)
    );
    top$core$unlock$key_register$data_q data_q(
        .d(data_q$d),
        .q(data_q$q),
        .clock(data_q$clock)
    );
    top$core$unlock$key_register$commit_q commit_q(
        .d(commit_q$d),
        .q(commit_q$q),
        .clock(commit_q$clock)
    );
    top$core$unlock$key_register$staging_load staging_load(
        .d(staging_load$d),
        .q(staging_load$q),
        .clock(staging_load$clock)
    );
    top$core$unlock$key_register$key_load key_load(
        .d(key_load$d),
        .q(key_load$q),
        .clock(key_load$clock)
    );
    top$core$unlock$key_register$zero zero(
        .d(zero$d),
        .q(zero$q),
        .clock(zero$clock)
    );
    top$core$unlock$key_register$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$core$unlock$key_register$full full(
        .d(full$d),
        .q(full$q),
        .clock(full$clock)
    );
    top$core$unlock$key_register$loaded loaded(
        .d(loaded$d),
        .q(loaded$q),
        .clock(loaded$clock)
    );
    top$core$unlock$key_register$error error(
        .d(error$d),
        .q(error$q),
        .clock(error$clock)
    );
    top$core$unlock$key_register$committed committed(
        .d(committed$d),
        .q(committed$q),
        .clock(committed$clock)
    );
    
    // Update code
    always @(*) begin
        staging0$clock = clock;
        staging1$clock = clock;
        staging2$clock = clock;
        staging3$clock = clock;
        key0$clock = clock;
        key1$clock = clock;
        key2$clock = clock;
        key3$clock = clock;
        write_q$clock = clock;
        data_q$clock = clock;
        commit_q$clock = clock;
        staging_load$clock = clock;
        key_load$clock = clock;
        zero$clock = clock;
        count$clock = clock;
        full$clock = clock;
        loaded$clock = clock;
        error$clock = clock;
        committed$clock = clock;
        staging0$d = staging0$q;
        staging1$d = staging1$q;
        staging2$d = staging2$q;
        staging3$d = staging3$q;
        key0$d = key0$q;
        key1$d = key1$q;
        key2$d = key2$q;
        key3$d = key3$q;
        write_q$d = write_q$q;
        data_q$d = data_q$q;
        commit_q$d = commit_q$q;
        staging_load$d = staging_load$q;
        key_load$d = key_load$q;
        zero$d = zero$q;
        count$d = count$q;
        full$d = full$q;
        loaded$d = loaded$q;
        error$d = error$q;
        committed$d = committed$q;
        clear_now = key_clear || reset;
        write_q$d = key_write && ~clear_now;
        data_q$d = key_write_data;
        commit_q$d = key_commit && ~clear_now;
        commit_ok = commit_q$q && full$q && ~write_q$q;
        drop_staging = clear_now || key_discard;
        staging_load$d = key_write || drop_staging;
        key_load$d = commit_ok || clear_now;
        zero$d = drop_staging;
        count_plus_one = count$q + one;
        count_next = count$q;
        if (write_q$q && (count$q != too_many)) begin
            count_next = count_plus_one;
        end
        if (commit_q$q || drop_staging) begin
            count_next = zero_count;
        end
        count$d = count_next;
        full$d = count_next == full_count;
        error$d = commit_q$q && ~commit_ok;
        committed$d = commit_ok;
        if (committed$q) begin
            loaded$d = 1'b1;
        end
        if (clear_now) begin
            loaded$d = 1'b0;
            error$d = 1'b0;
        end
        byte_at_top = ((data_q$q) & 32'hffffffff) << 32'h18;
        if (staging_load$q) begin
            if (zero$q) begin
                staging0$d = zero_word;
                staging1$d = zero_word;
                staging2$d = zero_word;
                staging3$d = zero_word;
            end
            else begin
                staging3$d = (staging3$q >> 32'h8) | byte_at_top;
                staging2$d = (staging2$q >> 32'h8) | (staging3$q << 32'h18);
                staging1$d = (staging1$q >> 32'h8) | (staging2$q << 32'h18);
                staging0$d = (staging0$q >> 32'h8) | (staging1$q << 32'h18);
            end
        end
        if (key_load$q) begin
            if (zero$q) begin
                key0$d = zero_word;
                key1$d = zero_word;
                key2$d = zero_word;
                key3$d = zero_word;
            end
            else begin
                key0$d = staging0$q;
                key1$d = staging1$q;
                key2$d = staging2$q;
                key3$d = staging3$q;
            end
        end
        key_commit_error = error$q;
        key_loaded = loaded$q;
        key_word0 = key0$q;
        key_word1 = key1$q;
        key_word2 = key2$q;
        key_word3 = key3$q;
    end
    
endmodule // top$core$unlock$key_register


module top$core$unlock$key_register$commit_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$commit_q


module top$core$unlock$key_register$committed(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$committed


module top$core$unlock$key_register$count(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$count


module top$core$unlock$key_register$data_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$data_q


module top$core$unlock$key_register$error(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$error


module top$core$unlock$key_register$full(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$full


module top$core$unlock$key_register$key0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$key0


module top$core$unlock$key_register$key1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$key1


module top$core$unlock$key_register$key2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$key2


module top$core$unlock$key_register$key3(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$key3


module top$core$unlock$key_register$key_load(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$key_load


module top$core$unlock$key_register$loaded(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$loaded


module top$core$unlock$key_register$staging0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$staging0


module top$core$unlock$key_register$staging1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$staging1


module top$core$unlock$key_register$staging2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$staging2


module top$core$unlock$key_register$staging3(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$staging3


module top$core$unlock$key_register$staging_load(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$staging_load


module top$core$unlock$key_register$write_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$write_q


module top$core$unlock$key_register$zero(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$zero


module top$core$unlock$key_schedule(clock,reset,restart,key_word0,key_word1,key_word2,key_word3,ks_data,ks_valid,ks_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  restart;
    input wire  [31:0] key_word0;
    input wire  [31:0] key_word1;
    input wire  [31:0] key_word2;
    input wire  [31:0] key_word3;
    output reg  [15:0] ks_data;
    output reg  ks_valid;
    input wire  ks_ready;
    
    // Constant declarations
    localparam  first_rcon = 8'h1;
    localparam  poly_low = 8'h1b;
    localparam  groups = 3'b100;
    localparam  last_beat_index = 3'b11;
    localparam  beat_mask = 3'b11;
    localparam  group_mask = 3'b11;
    localparam  group_force = 3'b0;
    localparam  prime_advances = 5'b10001;
    localparam  prime_first = 5'b1;
    localparam  prime_last = 5'b10000;
    localparam  zero5 = 5'b0;
    localparam  one = 3'b1;
    localparam  zero3 = 3'b0;
    localparam  zero8 = 8'h0;
    localparam  zero32 = 32'h0;
    localparam  group_shift = 8'h3;
    localparam  group_bits = 8'h8;
    localparam  top_shift = 8'h18;
    localparam  beat_shift = 8'h4;
    
    // Stub signals
    reg  sbox$clock;
    reg  sbox$enable;
    reg  [7:0] sbox$data_in;
    wire  [7:0] sbox$data_out;
    reg  [31:0] s0$d;
    wire  [31:0] s0$q;
    reg  s0$clock;
    reg  [31:0] s1$d;
    wire  [31:0] s1$q;
    reg  s1$clock;
    reg  [31:0] s2$d;
    wire  [31:0] s2$q;
    reg  s2$clock;
    reg  [31:0] s3$d;
    wire  [31:0] s3$q;
    reg  s3$clock;
    reg  [7:0] rcon$d;
    wire  [7:0] rcon$q;
    reg  rcon$clock;
    reg  [31:0] collected$d;
    wire  [31:0] collected$q;
    reg  collected$clock;
    reg  phase3$d;
    wire  phase3$q;
    reg  phase3$clock;
    reg  [2:0] lookups$d;
    wire  [2:0] lookups$q;
    reg  lookups$clock;
    reg  [2:0] beat$d;
    wire  [2:0] beat$q;
    reg  beat$clock;
    reg  [4:0] prime$d;
    wire  [4:0] prime$q;
    reg  prime$clock;
    reg  started$d;
    wire  started$q;
    reg  started$clock;
    reg  on_last_beat$d;
    wire  on_last_beat$q;
    reg  on_last_beat$clock;
    reg  kick$d;
    wire  kick$q;
    reg  kick$clock;
    reg  restart_q$d;
    wire  restart_q$q;
    reg  restart_q$clock;
    reg  reset_q$d;
    wire  reset_q$q;
    reg  reset_q$clock;
    reg  load_q$d;
    wire  load_q$q;
    reg  load_q$clock;
    
    // Local signals
    reg  [7:0] x;
    reg  [4:0] lookup_offset;
    reg  [2:0] group;
    reg  [31:0] sbox_at_top;
    reg  [31:0] sub_word;
    reg  [31:0] rotated;
    reg  [31:0] rcon_word;
    reg  [31:0] feedback;
    reg  [31:0] next_a;
    reg  [31:0] next_b;
    reg  [7:0] rcon_shifted;
    reg  [7:0] rcon_doubled;
    reg  [2:0] beat_plus_one;
    reg  [2:0] lookups_plus_one;
    reg  [2:0] beat_next;
    reg  started_next;
    reg  [4:0] prime_next;
    reg  take_beat;
    reg  update;
    reg  lookup;
    reg  [63:0] pair;
    reg  [5:0] beat_offset;
    
    // Sub module instances
    top$core$unlock$key_schedule$sbox sbox(
        .clock(sbox$clock),
        .enable(sbox$enable),
        .data_in(sbox$data_in),
        .data_out(sbox$data_out)
    );
    top$core$unlock$key_schedule$s0 s0(
        .d(s0$d),
        .q(s0$q),
        .clock(s0$clock)
    );
    top$core$unlock$key_schedule$s1 s1(
        .d(s1$d),
        .q(s1$q),
        .clock(s1$clock)
    );
    top$core$unlock$key_schedule$s2 s2(
        .d(s2$d),
        .q(s2$q),
        .clock(s2$clock)
    );
    top$core$unlock$key_schedule$s3 s3(
        .d(s3$d),
        .q(s3$q),
        .clock(s3$clock)
    );
    top$core$unlock$key_schedule$rcon rcon(
        .d(rcon$d),
        .q(rcon$q),
        .clock(rcon$clock)
    );
    top$core$unlock$key_schedule$collected collected(
        .d(collected$d),
        .q(collected$q),
        .clock(collected$clock)
    );
    top$core$unlock$key_schedule$phase3 phase3(
        .d(phase3$d),
        .q(phase3$q),
        .clock(phase3$clock)
    );
    top$core$unlock$key_schedule$lookups lookups(
        .d(lookups$d),
        .q(lookups$q),
        .clock(lookups$clock)
    );
    top$core$unlock$key_schedule$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    top$core$unlock$key_schedule$prime prime(
        .d(prime$d),
        .q(prime$q),
        .clock(prime$clock)
    );
    top$core$unlock$key_schedule$started started(
        .d(started$d),
        .q(started$q),
        .clock(started$clock)
    );
    top$core$unlock$key_schedule$on_last_beat on_last_beat(
        .d(on_last_beat$d),
        .q(on_last_beat$q),
        .clock(on_last_beat$clock)
    );
    top$core$unlock$key_schedule$kick kick(
        .d(kick$d),
        .q(kick$q),
        .clock(kick$clock)
    );
    top$core$unlock$key_schedule$restart_q restart_q(
        .d(restart_q$d),
        .q(restart_q$q),
        .clock(restart_q$clock)
    );
    top$core$unlock$key_schedule$reset_q reset_q(
        .d(reset_q$d),
        .q(reset_q$q),
        .clock(reset_q$clock)
    );
    top$core$unlock$key_schedule$load_q load_q(
        .d(load_q$d),
        .q(load_q$q),
        .clock(load_q$clock)
    );
    
    // Update code
    always @(*) begin
        s0$clock = clock;
        s1$clock = clock;
        s2$clock = clock;
        s3$clock = clock;
        rcon$clock = clock;
        collected$clock = clock;
        phase3$clock = clock;
        lookups$clock = clock;
        beat$clock = clock;
        prime$clock = clock;
        started$clock = clock;
        on_last_beat$clock = clock;
        kick$clock = clock;
        restart_q$clock = clock;
        reset_q$clock = clock;
        load_q$clock = clock;
        s0$d = s0$q;
        s1$d = s1$q;
        s2$d = s2$q;
        s3$d = s3$q;
        rcon$d = rcon$q;
        collected$d = collected$q;
        phase3$d = phase3$q;
        lookups$d = lookups$q;
        beat$d = beat$q;
        prime$d = prime$q;
        started$d = started$q;
        on_last_beat$d = on_last_beat$q;
        kick$d = kick$q;
        restart_q$d = restart_q$q;
        reset_q$d = reset_q$q;
        load_q$d = load_q$q;
        sbox$clock = clock;
        restart_q$d = restart;
        reset_q$d = reset;
        load_q$d = restart || reset;
        sbox_at_top = ((sbox$data_out) & 32'hffffffff) << top_shift;
        sub_word = (collected$q >> group_bits) | sbox_at_top;
        rotated = (sub_word >> 32'h8) | (sub_word << 32'h18);
        rcon_word = ((rcon$q) & 32'hffffffff);
        if (phase3$q) begin
            feedback = rotated ^ rcon_word;
        end
        else begin
            feedback = s3$q;
        end
        next_a = s0$q ^ feedback;
        next_b = s1$q ^ next_a;
        rcon_shifted = rcon$q << 32'h1;
        if (rcon$q[32'h7]) begin
            rcon_doubled = rcon_shifted ^ poly_low;
        end
        else begin
            rcon_doubled = rcon_shifted;
        end
        take_beat = started$q && ks_ready;
        update = (on_last_beat$q && ks_ready) || kick$q;
        if (update) begin
            if (reset_q$q) begin
                s0$d = zero32;
                s1$d = zero32;
                s2$d = zero32;
                s3$d = zero32;
                rcon$d = zero8;
                phase3$d = 1'b0;
            end
            else if (restart_q$q) begin
                s0$d = key_word1 ^ key_word2;
                s1$d = key_word2 ^ key_word3;
                s2$d = key_word0;
                s3$d = key_word1;
                rcon$d = first_rcon;
                phase3$d = 1'b0;
            end
            else begin
                s0$d = s2$q;
                s1$d = s3$q;
                s2$d = next_a;
                s3$d = next_b;
                phase3$d = ~phase3$q;
                if (phase3$q) begin
                    rcon$d = rcon_doubled;
                end
            end
        end
        x = s0$q[(32'h0)+:(8)] ^ s1$q[(32'h0)+:(8)] ^ s3$q[(32'h0)+:(8)];
        group = (lookups$q & group_mask) | group_force;
        lookup_offset = ((group) & 5'h1f) << group_shift;
        if (phase3$q) begin
            lookup = lookups$q != groups;
            sbox$data_in = s3$q[(lookup_offset)+:(8)];
        end
        else begin
            lookup = 1'b1;
            sbox$data_in = x;
        end
        sbox$enable = lookup;
        lookups_plus_one = lookups$q + one;
        if (phase3$q) begin
            if (lookup) begin
                lookups$d = lookups_plus_one;
                collected$d = sub_word;
            end
        end
        else begin
            lookups$d = one;
        end
        beat_plus_one = beat$q + one;
        beat_next = beat$q;
        if (take_beat) begin
            if (on_last_beat$q) begin
                beat_next = zero3;
            end
            else begin
                beat_next = beat_plus_one;
            end
        end
        started_next = started$q || ((prime$q & prime_last) != zero5);
        prime_next = prime$q << 32'h1;
        if (load_q$q) begin
            beat_next = zero3;
            started_next = 1'b0;
            if (restart_q$q) begin
                prime_next = prime_first;
            end
            else begin
                prime_next = zero5;
            end
        end
        beat$d = beat_next & beat_mask;
        started$d = started_next;
        prime$d = prime_next;
        on_last_beat$d = started_next && (beat_next == last_beat_index);
        kick$d = restart || reset || ((prime_next & prime_advances) != zero5);
        pair = (((s3$q) & 64'hffffffffffffffff) << 32'h20) | ((s2$q) & 64'hffffffffffffffff);
        beat_offset = ((beat$q) & 6'h3f) << beat_shift;
        ks_data = pair[(beat_offset)+:(16)];
        ks_valid = started$q;
    end
    
endmodule // top$core$unlock$key_schedule


module top$core$unlock$key_schedule$beat(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$beat


module top$core$unlock$key_schedule$collected(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$collected


module top$core$unlock$key_schedule$kick(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$kick


module top$core$unlock$key_schedule$load_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$load_q


module top$core$unlock$key_schedule$lookups(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$lookups


module top$core$unlock$key_schedule$on_last_beat(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$on_last_beat


module top$core$unlock$key_schedule$phase3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$phase3


module top$core$unlock$key_schedule$prime(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$prime


module top$core$unlock$key_schedule$rcon(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$rcon


module top$core$unlock$key_schedule$reset_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$reset_q


module top$core$unlock$key_schedule$restart_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$restart_q


module top$core$unlock$key_schedule$s0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$s0


module top$core$unlock$key_schedule$s1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$s1


module top$core$unlock$key_schedule$s2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$s2


module top$core$unlock$key_schedule$s3(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$s3


module top$core$unlock$key_schedule$sbox(clock,enable,data_in,data_out);
    
    // Module arguments
    input wire  clock;
    input wire  enable;
    input wire  [7:0] data_in;
    output reg  [7:0] data_out;
    
    // Update code (custom)
    // 1 x Forward S-Box as composite-field logic (135 XOR + 58 AND per byte, depth 14 + 8),
    // registered in the middle (enable = enable): same latency as the block RAM
    wire [7:0] b0_x = data_in[7:0];
    wire b0_ag0 = b0_x[0] ^ b0_x[3];
    wire b0_ag1 = b0_x[4] ^ b0_x[5];
    wire b0_ag2 = b0_x[3] ^ b0_ag1;
    wire b0_ag3 = b0_x[1] ^ b0_x[3];
    wire b0_ag4 = b0_x[5] ^ b0_x[6];
    wire b0_ag5 = b0_x[4] ^ b0_ag4;
    wire b0_ag6 = b0_ag3 ^ b0_ag5;
    wire b0_ag7 = b0_x[6] ^ b0_x[7];
    wire b0_ag8 = b0_x[3] ^ b0_ag7;
    wire b0_ag9 = b0_x[5] ^ b0_x[7];
    wire b0_ag10 = b0_x[1] ^ b0_ag9;
    wire b0_ag11 = b0_x[2] ^ b0_x[3];
    wire b0_ag12 = b0_x[1] ^ b0_x[4];
    wire b0_ag13 = b0_ag7 ^ b0_ag12;
    wire b0_ag14 = b0_ag9 ^ b0_ag13;
    wire b0_ag15 = b0_ag11 ^ b0_ag14;
    wire b0_ag16 = b0_ag10 ^ b0_ag14;
    wire b0_ag17 = b0_ag0 ^ b0_ag6;
    wire b0_ag18 = b0_ag2 ^ b0_ag8;
    wire b0_ag19 = b0_ag0 & b0_ag10;
    wire b0_ag20 = b0_ag8 & b0_ag11;
    wire b0_ag21 = b0_ag6 & b0_ag13;
    wire b0_ag22 = b0_ag2 & b0_ag9;
    wire b0_ag23 = b0_ag19 ^ b0_ag20;
    wire b0_ag24 = b0_ag21 ^ b0_ag22;
    wire b0_ag25 = b0_ag23 ^ b0_ag24;
    wire b0_ag26 = b0_ag2 & b0_ag10;
    wire b0_ag27 = b0_ag0 & b0_ag11;
    wire b0_ag28 = b0_ag8 & b0_ag13;
    wire b0_ag29 = b0_ag6 & b0_ag9;
    wire b0_ag30 = b0_ag20 ^ b0_ag27;
    wire b0_ag31 = b0_ag26 ^ b0_ag30;
    wire b0_ag32 = b0_ag21 ^ b0_ag28;
    wire b0_ag33 = b0_ag22 ^ b0_ag29;
    wire b0_ag34 = b0_ag32 ^ b0_ag33;
    wire b0_ag35 = b0_ag31 ^ b0_ag34;
    wire b0_ag36 = b0_ag6 & b0_ag10;
    wire b0_ag37 = b0_ag2 & b0_ag11;
    wire b0_ag38 = b0_ag0 & b0_ag13;
    wire b0_ag39 = b0_ag8 & b0_ag9;
    wire b0_ag40 = b0_ag37 ^ b0_ag38;
    wire b0_ag41 = b0_ag36 ^ b0_ag40;
    wire b0_ag42 = b0_ag29 ^ b0_ag39;
    wire b0_ag43 = b0_ag28 ^ b0_ag42;
    wire b0_ag44 = b0_ag41 ^ b0_ag43;
    wire b0_ag45 = b0_ag8 & b0_ag10;
    wire b0_ag46 = b0_ag6 & b0_ag11;
    wire b0_ag47 = b0_ag2 & b0_ag13;
    wire b0_ag48 = b0_ag0 & b0_ag9;
    wire b0_ag49 = b0_ag45 ^ b0_ag46;
    wire b0_ag50 = b0_ag39 ^ b0_ag48;
    wire b0_ag51 = b0_ag47 ^ b0_ag50;
    wire b0_ag52 = b0_ag49 ^ b0_ag51;
    wire b0_ag53 = b0_ag17 ^ b0_ag25;
    wire b0_ag54 = b0_ag13 ^ b0_ag53;
    wire b0_ag55 = b0_ag6 ^ b0_ag35;
    wire b0_ag56 = b0_ag15 ^ b0_ag55;
    wire b0_ag57 = b0_ag18 ^ b0_ag44;
    wire b0_ag58 = b0_ag11 ^ b0_ag57;
    wire b0_ag59 = b0_ag8 ^ b0_ag52;
    wire b0_ag60 = b0_ag16 ^ b0_ag59;
    wire b0_ag61 = b0_ag54 & b0_ag58;
    wire b0_ag62 = b0_ag56 & b0_ag58;
    wire b0_ag63 = b0_ag54 & b0_ag56;
    wire b0_ag64 = b0_ag58 & b0_ag63;
    wire b0_ag65 = b0_ag60 & b0_ag62;
    wire b0_ag66 = b0_ag54 ^ b0_ag56;
    wire b0_ag67 = b0_ag58 ^ b0_ag61;
    wire b0_ag68 = b0_ag66 ^ b0_ag67;
    wire b0_ag69 = b0_ag62 ^ b0_ag64;
    wire b0_ag70 = b0_ag60 ^ b0_ag65;
    wire b0_ag71 = b0_ag69 ^ b0_ag70;
    wire b0_ag72 = b0_ag68 ^ b0_ag71;
    wire b0_ag73 = b0_ag56 & b0_ag60;
    wire b0_ag74 = b0_ag60 & b0_ag63;
    wire b0_ag75 = b0_ag61 ^ b0_ag62;
    wire b0_ag76 = b0_ag63 ^ b0_ag75;
    wire b0_ag77 = b0_ag73 ^ b0_ag74;
    wire b0_ag78 = b0_ag60 ^ b0_ag77;
    wire b0_ag79 = b0_ag76 ^ b0_ag78;
    wire b0_ag80 = b0_ag54 & b0_ag60;
    wire b0_ag81 = b0_ag60 & b0_ag61;
    wire b0_ag82 = b0_ag63 ^ b0_ag67;
    wire b0_ag83 = b0_ag80 ^ b0_ag81;
    wire b0_ag84 = b0_ag60 ^ b0_ag83;
    wire b0_ag85 = b0_ag82 ^ b0_ag84;
    wire b0_ag86 = b0_ag58 & b0_ag60;
    wire b0_ag87 = b0_ag58 ^ b0_ag60;
    wire b0_ag88 = b0_ag56 ^ b0_ag87;
    wire b0_ag89 = b0_ag73 ^ b0_ag80;
    wire b0_ag90 = b0_ag65 ^ b0_ag86;
    wire b0_ag91 = b0_ag89 ^ b0_ag90;
    wire b0_ag92 = b0_ag88 ^ b0_ag91;
    wire [11:0] b0_m_next = {b0_ag92, b0_ag85, b0_ag79, b0_ag72, b0_ag9, b0_ag13, b0_ag11, b0_ag10, b0_ag8, b0_ag6, b0_ag2, b0_ag0};
    reg [11:0] b0_m;
    wire b0_bg0 = b0_m[4] & b0_m[8];
    wire b0_bg1 = b0_m[5] & b0_m[11];
    wire b0_bg2 = b0_m[6] & b0_m[10];
    wire b0_bg3 = b0_m[7] & b0_m[9];
    wire b0_bg4 = b0_bg0 ^ b0_bg1;
    wire b0_bg5 = b0_bg2 ^ b0_bg3;
    wire b0_bg6 = b0_bg4 ^ b0_bg5;
    wire b0_bg7 = b0_m[4] & b0_m[9];
    wire b0_bg8 = b0_m[5] & b0_m[8];
    wire b0_bg9 = b0_m[6] & b0_m[11];
    wire b0_bg10 = b0_m[7] & b0_m[10];
    wire b0_bg11 = b0_bg1 ^ b0_bg8;
    wire b0_bg12 = b0_bg7 ^ b0_bg11;
    wire b0_bg13 = b0_bg2 ^ b0_bg9;
    wire b0_bg14 = b0_bg3 ^ b0_bg10;
    wire b0_bg15 = b0_bg13 ^ b0_bg14;
    wire b0_bg16 = b0_bg12 ^ b0_bg15;
    wire b0_bg17 = b0_m[4] & b0_m[10];
    wire b0_bg18 = b0_m[5] & b0_m[9];
    wire b0_bg19 = b0_m[6] & b0_m[8];
    wire b0_bg20 = b0_m[7] & b0_m[11];
    wire b0_bg21 = b0_bg18 ^ b0_bg19;
    wire b0_bg22 = b0_bg17 ^ b0_bg21;
    wire b0_bg23 = b0_bg10 ^ b0_bg20;
    wire b0_bg24 = b0_bg9 ^ b0_bg23;
    wire b0_bg25 = b0_bg22 ^ b0_bg24;
    wire b0_bg26 = b0_m[4] & b0_m[11];
    wire b0_bg27 = b0_m[5] & b0_m[10];
    wire b0_bg28 = b0_m[6] & b0_m[9];
    wire b0_bg29 = b0_m[7] & b0_m[8];
    wire b0_bg30 = b0_bg26 ^ b0_bg27;
    wire b0_bg31 = b0_bg20 ^ b0_bg29;
    wire b0_bg32 = b0_bg28 ^ b0_bg31;
    wire b0_bg33 = b0_bg30 ^ b0_bg32;
    wire b0_bg34 = b0_m[0] ^ b0_m[4];
    wire b0_bg35 = b0_m[1] ^ b0_m[5];
    wire b0_bg36 = b0_m[2] ^ b0_m[6];
    wire b0_bg37 = b0_m[3] ^ b0_m[7];
    wire b0_bg38 = b0_m[8] & b0_bg34;
    wire b0_bg39 = b0_m[11] & b0_bg35;
    wire b0_bg40 = b0_m[10] & b0_bg36;
    wire b0_bg41 = b0_m[9] & b0_bg37;
    wire b0_bg42 = b0_bg38 ^ b0_bg39;
    wire b0_bg43 = b0_bg40 ^ b0_bg41;
    wire b0_bg44 = b0_bg42 ^ b0_bg43;
    wire b0_bg45 = b0_m[9] & b0_bg34;
    wire b0_bg46 = b0_m[8] & b0_bg35;
    wire b0_bg47 = b0_m[11] & b0_bg36;
    wire b0_bg48 = b0_m[10] & b0_bg37;
    wire b0_bg49 = b0_bg39 ^ b0_bg46;
    wire b0_bg50 = b0_bg45 ^ b0_bg49;
    wire b0_bg51 = b0_bg40 ^ b0_bg47;
    wire b0_bg52 = b0_bg41 ^ b0_bg48;
    wire b0_bg53 = b0_bg51 ^ b0_bg52;
    wire b0_bg54 = b0_bg50 ^ b0_bg53;
    wire b0_bg55 = b0_m[10] & b0_bg34;
    wire b0_bg56 = b0_m[9] & b0_bg35;
    wire b0_bg57 = b0_m[8] & b0_bg36;
    wire b0_bg58 = b0_m[11] & b0_bg37;
    wire b0_bg59 = b0_bg56 ^ b0_bg57;
    wire b0_bg60 = b0_bg55 ^ b0_bg59;
    wire b0_bg61 = b0_bg48 ^ b0_bg58;
    wire b0_bg62 = b0_bg47 ^ b0_bg61;
    wire b0_bg63 = b0_bg60 ^ b0_bg62;
    wire b0_bg64 = b0_m[11] & b0_bg34;
    wire b0_bg65 = b0_m[10] & b0_bg35;
    wire b0_bg66 = b0_m[9] & b0_bg36;
    wire b0_bg67 = b0_m[8] & b0_bg37;
    wire b0_bg68 = b0_bg64 ^ b0_bg65;
    wire b0_bg69 = b0_bg58 ^ b0_bg67;
    wire b0_bg70 = b0_bg66 ^ b0_bg69;
    wire b0_bg71 = b0_bg68 ^ b0_bg70;
    wire b0_bg72 = b0_bg54 ^ b0_bg63;
    wire b0_bg73 = b0_bg44 ^ b0_bg72;
    wire b0_bg74 = b0_bg25 ^ b0_bg71;
    wire b0_bg75 = 1'b1 ^ b0_bg33;
    wire b0_bg76 = b0_bg74 ^ b0_bg75;
    wire b0_bg77 = b0_bg73 ^ b0_bg76;
    wire b0_bg78 = b0_bg44 ^ b0_bg54;
    wire b0_bg79 = 1'b1 ^ b0_bg25;
    wire b0_bg80 = b0_bg78 ^ b0_bg79;
    wire b0_bg81 = b0_bg63 ^ b0_bg71;
    wire b0_bg82 = b0_bg44 ^ b0_bg81;
    wire b0_bg83 = b0_bg16 ^ b0_bg25;
    wire b0_bg84 = b0_bg6 ^ b0_bg83;
    wire b0_bg85 = b0_bg82 ^ b0_bg84;
    wire b0_bg86 = b0_bg16 ^ b0_bg71;
    wire b0_bg87 = b0_bg63 ^ b0_bg86;
    wire b0_bg88 = b0_bg78 ^ b0_bg87;
    wire b0_bg89 = b0_bg44 ^ b0_bg71;
    wire b0_bg90 = b0_bg83 ^ b0_bg89;
    wire b0_bg91 = b0_bg6 ^ b0_bg63;
    wire b0_bg92 = b0_bg54 ^ b0_bg91;
    wire b0_bg93 = b0_bg16 ^ b0_bg79;
    wire b0_bg94 = b0_bg92 ^ b0_bg93;
    wire b0_bg95 = b0_bg6 ^ b0_bg16;
    wire b0_bg96 = b0_bg79 ^ b0_bg95;
    wire b0_bg97 = b0_bg25 ^ b0_bg33;
    wire b0_bg98 = b0_bg71 ^ b0_bg97;
    wire b0_bg99 = b0_bg72 ^ b0_bg98;
    wire [7:0] b0_y = {b0_bg99, b0_bg96, b0_bg94, b0_bg90, b0_bg88, b0_bg85, b0_bg80, b0_bg77};
    always @(posedge clock) begin
        if (enable) begin
            b0_m <= b0_m_next;
        end
    end
    always @(*) data_out = {b0_y};
endmodule // top$core$unlock$key_schedule$sbox


module top$core$unlock$key_schedule$started(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$started


module top$core$unlock$lanes(clock,reset,locked_data,locked_valid,locked_ready,ks_data,ks_valid,ks_ready,plain_data,plain_valid,plain_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [15:0] locked_data;
    input wire  locked_valid;
    output reg  locked_ready;
    input wire  [15:0] ks_data;
    input wire  ks_valid;
    output reg  ks_ready;
    output reg  [15:0] plain_data;
    output reg  plain_valid;
    input wire  plain_ready;
    
    // Stub signals
    reg  inv_sbox$clock;
    reg  inv_sbox$enable;
    reg  [15:0] inv_sbox$data_in;
    wire  [15:0] inv_sbox$data_out;
    reg  a_valid$d;
    wire  a_valid$q;
    reg  a_valid$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    reg  [15:0] plain$d;
    wire  [15:0] plain$q;
    reg  plain$clock;
    
    // Local signals
    reg  key_wanted;
    reg  move_ab;
    reg  take;
    
    // Sub module instances
    top$core$unlock$lanes$inv_sbox inv_sbox(
        .clock(inv_sbox$clock),
        .enable(inv_sbox$enable),
        .data_in(inv_sbox$data_in),
        .data_out(inv_sbox$data_out)
    );
    top$core$unlock$lanes$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$core$unlock$lanes$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$core$unlock$lanes$plain plain(
        .d(plain$d),
        .q(plain$q),
        .clock(plain$clock)
    );
    
    // Update code
    always @(*) begin
        a_valid$clock = clock;
        b_valid$clock = clock;
        plain$clock = clock;
        a_valid$d = a_valid$q;
        b_valid$d = b_valid$q;
        plain$d = plain$q;
        inv_sbox$clock = clock;
        key_wanted = a_valid$q && (~b_valid$q || plain_ready);
        move_ab = key_wanted && ks_valid;
        take = ~reset && (~a_valid$q || move_ab);
        inv_sbox$enable = take;
        inv_sbox$data_in = locked_data;
        if (take) begin
            a_valid$d = locked_valid;
        end
        if (move_ab) begin
            b_valid$d = 1'b1;
        end
        else if (plain_ready) begin
            b_valid$d = 1'b0;
        end
        if (move_ab) begin
            plain$d = inv_sbox$data_out ^ ks_data;
        end
        if (reset) begin
            a_valid$d = 1'b0;
            b_valid$d = 1'b0;
        end
        locked_ready = take;
        ks_ready = key_wanted;
        plain_data = plain$q;
        plain_valid = b_valid$q && ~reset;
    end
    
endmodule // top$core$unlock$lanes


module top$core$unlock$lanes$a_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$lanes$a_valid


module top$core$unlock$lanes$b_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$lanes$b_valid


module top$core$unlock$lanes$inv_sbox(clock,enable,data_in,data_out);
    
    // Module arguments
    input wire  clock;
    input wire  enable;
    input wire  [15:0] data_in;
    output reg  [15:0] data_out;
    
    // Update code (custom)
    // 2 x Inverse S-Box as composite-field logic (135 XOR + 58 AND per byte, depth 14 + 7),
    // registered in the middle (enable = enable): same latency as the block RAM
    wire [7:0] b0_x = data_in[7:0];
    wire b0_ag0 = 1'b1 ^ b0_x[7];
    wire b0_ag1 = b0_x[0] ^ b0_ag0;
    wire b0_ag2 = b0_x[1] ^ b0_x[3];
    wire b0_ag3 = b0_x[0] ^ b0_ag2;
    wire b0_ag4 = b0_x[4] ^ b0_x[5];
    wire b0_ag5 = b0_x[6] ^ b0_x[7];
    wire b0_ag6 = b0_ag4 ^ b0_ag5;
    wire b0_ag7 = b0_ag3 ^ b0_ag6;
    wire b0_ag8 = b0_x[0] ^ b0_x[1];
    wire b0_ag9 = b0_x[4] ^ b0_x[7];
    wire b0_ag10 = b0_x[3] ^ b0_ag9;
    wire b0_ag11 = b0_ag8 ^ b0_ag10;
    wire b0_ag12 = b0_x[1] ^ b0_x[2];
    wire b0_ag13 = b0_x[4] ^ b0_x[6];
    wire b0_ag14 = b0_x[3] ^ b0_ag13;
    wire b0_ag15 = b0_ag12 ^ b0_ag14;
    wire b0_ag16 = b0_x[3] ^ b0_x[7];
    wire b0_ag17 = b0_x[2] ^ b0_ag16;
    wire b0_ag18 = b0_ag8 ^ b0_ag17;
    wire b0_ag19 = b0_x[0] ^ b0_ag12;
    wire b0_ag20 = b0_ag0 ^ b0_ag4;
    wire b0_ag21 = b0_ag19 ^ b0_ag20;
    wire b0_ag22 = b0_x[3] ^ b0_x[4];
    wire b0_ag23 = b0_x[5] ^ b0_x[6];
    wire b0_ag24 = b0_ag22 ^ b0_ag23;
    wire b0_ag25 = b0_ag5 ^ b0_ag12;
    wire b0_ag26 = b0_ag24 ^ b0_ag25;
    wire b0_ag27 = b0_ag21 ^ b0_ag26;
    wire b0_ag28 = b0_ag18 ^ b0_ag26;
    wire b0_ag29 = b0_ag1 ^ b0_ag11;
    wire b0_ag30 = b0_ag7 ^ b0_ag15;
    wire b0_ag31 = b0_ag1 & b0_ag18;
    wire b0_ag32 = b0_ag15 & b0_ag21;
    wire b0_ag33 = b0_ag11 & b0_ag24;
    wire b0_ag34 = b0_ag7 & b0_ag25;
    wire b0_ag35 = b0_ag31 ^ b0_ag32;
    wire b0_ag36 = b0_ag33 ^ b0_ag34;
    wire b0_ag37 = b0_ag35 ^ b0_ag36;
    wire b0_ag38 = b0_ag7 & b0_ag18;
    wire b0_ag39 = b0_ag1 & b0_ag21;
    wire b0_ag40 = b0_ag15 & b0_ag24;
    wire b0_ag41 = b0_ag11 & b0_ag25;
    wire b0_ag42 = b0_ag32 ^ b0_ag39;
    wire b0_ag43 = b0_ag38 ^ b0_ag42;
    wire b0_ag44 = b0_ag33 ^ b0_ag40;
    wire b0_ag45 = b0_ag34 ^ b0_ag41;
    wire b0_ag46 = b0_ag44 ^ b0_ag45;
    wire b0_ag47 = b0_ag43 ^ b0_ag46;
    wire b0_ag48 = b0_ag11 & b0_ag18;
    wire b0_ag49 = b0_ag7 & b0_ag21;
    wire b0_ag50 = b0_ag1 & b0_ag24;
    wire b0_ag51 = b0_ag15 & b0_ag25;
    wire b0_ag52 = b0_ag49 ^ b0_ag50;
    wire b0_ag53 = b0_ag48 ^ b0_ag52;
    wire b0_ag54 = b0_ag41 ^ b0_ag51;
    wire b0_ag55 = b0_ag40 ^ b0_ag54;
    wire b0_ag56 = b0_ag53 ^ b0_ag55;
    wire b0_ag57 = b0_ag15 & b0_ag18;
    wire b0_ag58 = b0_ag11 & b0_ag21;
    wire b0_ag59 = b0_ag7 & b0_ag24;
    wire b0_ag60 = b0_ag1 & b0_ag25;
    wire b0_ag61 = b0_ag57 ^ b0_ag58;
    wire b0_ag62 = b0_ag51 ^ b0_ag60;
    wire b0_ag63 = b0_ag59 ^ b0_ag62;
    wire b0_ag64 = b0_ag61 ^ b0_ag63;
    wire b0_ag65 = b0_ag29 ^ b0_ag37;
    wire b0_ag66 = b0_ag24 ^ b0_ag65;
    wire b0_ag67 = b0_ag11 ^ b0_ag47;
    wire b0_ag68 = b0_ag27 ^ b0_ag67;
    wire b0_ag69 = b0_ag30 ^ b0_ag56;
    wire b0_ag70 = b0_ag21 ^ b0_ag69;
    wire b0_ag71 = b0_ag15 ^ b0_ag64;
    wire b0_ag72 = b0_ag28 ^ b0_ag71;
    wire b0_ag73 = b0_ag66 & b0_ag70;
    wire b0_ag74 = b0_ag68 & b0_ag70;
    wire b0_ag75 = b0_ag66 & b0_ag68;
    wire b0_ag76 = b0_ag70 & b0_ag75;
    wire b0_ag77 = b0_ag72 & b0_ag74;
    wire b0_ag78 = b0_ag66 ^ b0_ag68;
    wire b0_ag79 = b0_ag70 ^ b0_ag73;
    wire b0_ag80 = b0_ag78 ^ b0_ag79;
    wire b0_ag81 = b0_ag74 ^ b0_ag76;
    wire b0_ag82 = b0_ag72 ^ b0_ag77;
    wire b0_ag83 = b0_ag81 ^ b0_ag82;
    wire b0_ag84 = b0_ag80 ^ b0_ag83;
    wire b0_ag85 = b0_ag68 & b0_ag72;
    wire b0_ag86 = b0_ag72 & b0_ag75;
    wire b0_ag87 = b0_ag73 ^ b0_ag74;
    wire b0_ag88 = b0_ag75 ^ b0_ag87;
    wire b0_ag89 = b0_ag85 ^ b0_ag86;
    wire b0_ag90 = b0_ag72 ^ b0_ag89;
    wire b0_ag91 = b0_ag88 ^ b0_ag90;
    wire b0_ag92 = b0_ag66 & b0_ag72;
    wire b0_ag93 = b0_ag72 & b0_ag73;
    wire b0_ag94 = b0_ag75 ^ b0_ag79;
    wire b0_ag95 = b0_ag92 ^ b0_ag93;
    wire b0_ag96 = b0_ag72 ^ b0_ag95;
    wire b0_ag97 = b0_ag94 ^ b0_ag96;
    wire b0_ag98 = b0_ag70 & b0_ag72;
    wire b0_ag99 = b0_ag70 ^ b0_ag72;
    wire b0_ag100 = b0_ag68 ^ b0_ag99;
    wire b0_ag101 = b0_ag85 ^ b0_ag92;
    wire b0_ag102 = b0_ag77 ^ b0_ag98;
    wire b0_ag103 = b0_ag101 ^ b0_ag102;
    wire b0_ag104 = b0_ag100 ^ b0_ag103;
    wire [11:0] b0_m_next = {b0_ag104, b0_ag97, b0_ag91, b0_ag84, b0_ag25, b0_ag24, b0_ag21, b0_ag18, b0_ag15, b0_ag11, b0_ag7, b0_ag1};
    reg [11:0] b0_m;
    wire b0_bg0 = b0_m[4] & b0_m[8];
    wire b0_bg1 = b0_m[5] & b0_m[11];
    wire b0_bg2 = b0_m[6] & b0_m[10];
    wire b0_bg3 = b0_m[7] & b0_m[9];
    wire b0_bg4 = b0_bg0 ^ b0_bg1;
    wire b0_bg5 = b0_bg2 ^ b0_bg3;
    wire b0_bg6 = b0_bg4 ^ b0_bg5;
    wire b0_bg7 = b0_m[4] & b0_m[9];
    wire b0_bg8 = b0_m[5] & b0_m[8];
    wire b0_bg9 = b0_m[6] & b0_m[11];
    wire b0_bg10 = b0_m[7] & b0_m[10];
    wire b0_bg11 = b0_bg1 ^ b0_bg8;
    wire b0_bg12 = b0_bg7 ^ b0_bg11;
    wire b0_bg13 = b0_bg2 ^ b0_bg9;
    wire b0_bg14 = b0_bg3 ^ b0_bg10;
    wire b0_bg15 = b0_bg13 ^ b0_bg14;
    wire b0_bg16 = b0_bg12 ^ b0_bg15;
    wire b0_bg17 = b0_m[4] & b0_m[10];
    wire b0_bg18 = b0_m[5] & b0_m[9];
    wire b0_bg19 = b0_m[6] & b0_m[8];
    wire b0_bg20 = b0_m[7] & b0_m[11];
    wire b0_bg21 = b0_bg18 ^ b0_bg19;
    wire b0_bg22 = b0_bg17 ^ b0_bg21;
    wire b0_bg23 = b0_bg10 ^ b0_bg20;
    wire b0_bg24 = b0_bg9 ^ b0_bg23;
    wire b0_bg25 = b0_bg22 ^ b0_bg24;
    wire b0_bg26 = b0_m[4] & b0_m[11];
    wire b0_bg27 = b0_m[5] & b0_m[10];
    wire b0_bg28 = b0_m[6] & b0_m[9];
    wire b0_bg29 = b0_m[7] & b0_m[8];
    wire b0_bg30 = b0_bg26 ^ b0_bg27;
    wire b0_bg31 = b0_bg20 ^ b0_bg29;
    wire b0_bg32 = b0_bg28 ^ b0_bg31;
    wire b0_bg33 = b0_bg30 ^ b0_bg32;
    wire b0_bg34 = b0_m[0] ^ b0_m[4];
    wire b0_bg35 = b0_m[1] ^ b0_m[5];
    wire b0_bg36 = b0_m[2] ^ b0_m[6];
    wire b0_bg37 = b0_m[3] ^ b0_m[7];
    wire b0_bg38 = b0_m[8] & b0_bg34;
    wire b0_bg39 = b0_m[11] & b0_bg35;
    wire b0_bg40 = b0_m[10] & b0_bg36;
    wire b0_bg41 = b0_m[9] & b0_bg37;
    wire b0_bg42 = b0_bg38 ^ b0_bg39;
    wire b0_bg43 = b0_bg40 ^ b0_bg41;
    wire b0_bg44 = b0_bg42 ^ b0_bg43;
    wire b0_bg45 = b0_m[9] & b0_bg34;
    wire b0_bg46 = b0_m[8] & b0_bg35;
    wire b0_bg47 = b0_m[11] & b0_bg36;
    wire b0_bg48 = b0_m[10] & b0_bg37;
    wire b0_bg49 = b0_bg39 ^ b0_bg46;
    wire b0_bg50 = b0_bg45 ^ b0_bg49;
    wire b0_bg51 = b0_bg40 ^ b0_bg47;
    wire b0_bg52 = b0_bg41 ^ b0_bg48;
    wire b0_bg53 = b0_bg51 ^ b0_bg52;
    wire b0_bg54 = b0_bg50 ^ b0_bg53;
    wire b0_bg55 = b0_m[10] & b0_bg34;
    wire b0_bg56 = b0_m[9] & b0_bg35;
    wire b0_bg57 = b0_m[8] & b0_bg36;
    wire b0_bg58 = b0_m[11] & b0_bg37;
    wire b0_bg59 = b0_bg56 ^ b0_bg57;
    wire b0_bg60 = b0_bg55 ^ b0_bg59;
    wire b0_bg61 = b0_bg48 ^ b0_bg58;
    wire b0_bg62 = b0_bg47 ^ b0_bg61;
    wire b0_bg63 = b0_bg60 ^ b0_bg62;
    wire b0_bg64 = b0_m[11] & b0_bg34;
    wire b0_bg65 = b0_m[10] & b0_bg35;
    wire b0_bg66 = b0_m[9] & b0_bg36;
    wire b0_bg67 = b0_m[8] & b0_bg37;
    wire b0_bg68 = b0_bg64 ^ b0_bg65;
    wire b0_bg69 = b0_bg58 ^ b0_bg67;
    wire b0_bg70 = b0_bg66 ^ b0_bg69;
    wire b0_bg71 = b0_bg68 ^ b0_bg70;
    wire b0_bg72 = b0_bg44 ^ b0_bg63;
    wire b0_bg73 = b0_bg25 ^ b0_bg33;
    wire b0_bg74 = b0_bg72 ^ b0_bg73;
    wire b0_bg75 = b0_bg6 ^ b0_bg33;
    wire b0_bg76 = b0_bg16 ^ b0_bg63;
    wire b0_bg77 = b0_bg73 ^ b0_bg76;
    wire b0_bg78 = b0_bg63 ^ b0_bg73;
    wire b0_bg79 = b0_bg6 ^ b0_bg71;
    wire b0_bg80 = b0_bg63 ^ b0_bg79;
    wire b0_bg81 = b0_bg54 ^ b0_bg71;
    wire b0_bg82 = b0_bg6 ^ b0_bg73;
    wire b0_bg83 = b0_bg81 ^ b0_bg82;
    wire b0_bg84 = b0_bg54 ^ b0_bg63;
    wire b0_bg85 = b0_bg75 ^ b0_bg84;
    wire b0_bg86 = b0_bg6 ^ b0_bg25;
    wire b0_bg87 = b0_bg81 ^ b0_bg86;
    wire [7:0] b0_y = {b0_bg87, b0_bg85, b0_bg83, b0_bg80, b0_bg78, b0_bg77, b0_bg75, b0_bg74};
    wire [7:0] b1_x = data_in[15:8];
    wire b1_ag0 = 1'b1 ^ b1_x[7];
    wire b1_ag1 = b1_x[0] ^ b1_ag0;
    wire b1_ag2 = b1_x[1] ^ b1_x[3];
    wire b1_ag3 = b1_x[0] ^ b1_ag2;
    wire b1_ag4 = b1_x[4] ^ b1_x[5];
    wire b1_ag5 = b1_x[6] ^ b1_x[7];
    wire b1_ag6 = b1_ag4 ^ b1_ag5;
    wire b1_ag7 = b1_ag3 ^ b1_ag6;
    wire b1_ag8 = b1_x[0] ^ b1_x[1];
    wire b1_ag9 = b1_x[4] ^ b1_x[7];
    wire b1_ag10 = b1_x[3] ^ b1_ag9;
    wire b1_ag11 = b1_ag8 ^ b1_ag10;
    wire b1_ag12 = b1_x[1] ^ b1_x[2];
    wire b1_ag13 = b1_x[4] ^ b1_x[6];
    wire b1_ag14 = b1_x[3] ^ b1_ag13;
    wire b1_ag15 = b1_ag12 ^ b1_ag14;
    wire b1_ag16 = b1_x[3] ^ b1_x[7];
    wire b1_ag17 = b1_x[2] ^ b1_ag16;
    wire b1_ag18 = b1_ag8 ^ b1_ag17;
    wire b1_ag19 = b1_x[0] ^ b1_ag12;
    wire b1_ag20 = b1_ag0 ^ b1_ag4;
    wire b1_ag21 = b1_ag19 ^ b1_ag20;
    wire b1_ag22 = b1_x[3] ^ b1_x[4];
    wire b1_ag23 = b1_x[5] ^ b1_x[6];
    wire b1_ag24 = b1_ag22 ^ b1_ag23;
    wire b1_ag25 = b1_ag5 ^ b1_ag12;
    wire b1_ag26 = b1_ag24 ^ b1_ag25;
    wire b1_ag27 = b1_ag21 ^ b1_ag26;
    wire b1_ag28 = b1_ag18 ^ b1_ag26;
    wire b1_ag29 = b1_ag1 ^ b1_ag11;
    wire b1_ag30 = b1_ag7 ^ b1_ag15;
    wire b1_ag31 = b1_ag1 & b1_ag18;
    wire b1_ag32 = b1_ag15 & b1_ag21;
    wire b1_ag33 = b1_ag11 & b1_ag24;
    wire b1_ag34 = b1_ag7 & b1_ag25;
    wire b1_ag35 = b1_ag31 ^ b1_ag32;
    wire b1_ag36 = b1_ag33 ^ b1_ag34;
    wire b1_ag37 = b1_ag35 ^ b1_ag36;
    wire b1_ag38 = b1_ag7 & b1_ag18;
    wire b1_ag39 = b1_ag1 & b1_ag21;
    wire b1_ag40 = b1_ag15 & b1_ag24;
    wire b1_ag41 = b1_ag11 & b1_ag25;
    wire b1_ag42 = b1_ag32 ^ b1_ag39;
    wire b1_ag43 = b1_ag38 ^ b1_ag42;
    wire b1_ag44 = b1_ag33 ^ b1_ag40;
    wire b1_ag45 = b1_ag34 ^ b1_ag41;
    wire b1_ag46 = b1_ag44 ^ b1_ag45;
    wire b1_ag47 = b1_ag43 ^ b1_ag46;
    wire b1_ag48 = b1_ag11 & b1_ag18;
    wire b1_ag49 = b1_ag7 & b1_ag21;
    wire b1_ag50 = b1_ag1 & b1_ag24;
    wire b1_ag51 = b1_ag15 & b1_ag25;
    wire b1_ag52 = b1_ag49 ^ b1_ag50;
    wire b1_ag53 = b1_ag48 ^ b1_ag52;
    wire b1_ag54 = b1_ag41 ^ b1_ag51;
    wire b1_ag55 = b1_ag40 ^ b1_ag54;
    wire b1_ag56 = b1_ag53 ^ b1_ag55;
    wire b1_ag57 = b1_ag15 & b1_ag18;
    wire b1_ag58 = b1_ag11 & b1_ag21;
    wire b1_ag59 = b1_ag7 & b1_ag24;
    wire b1_ag60 = b1_ag1 & b1_ag25;
    wire b1_ag61 = b1_ag57 ^ b1_ag58;
    wire b1_ag62 = b1_ag51 ^ b1_ag60;
    wire b1_ag63 = b1_ag59 ^ b1_ag62;
    wire b1_ag64 = b1_ag61 ^ b1_ag63;
    wire b1_ag65 = b1_ag29 ^ b1_ag37;
    wire b1_ag66 = b1_ag24 ^ b1_ag65;
    wire b1_ag67 = b1_ag11 ^ b1_ag47;
    wire b1_ag68 = b1_ag27 ^ b1_ag67;
    wire b1_ag69 = b1_ag30 ^ b1_ag56;
    wire b1_ag70 = b1_ag21 ^ b1_ag69;
    wire b1_ag71 = b1_ag15 ^ b1_ag64;
    wire b1_ag72 = b1_ag28 ^ b1_ag71;
    wire b1_ag73 = b1_ag66 & b1_ag70;
    wire b1_ag74 = b1_ag68 & b1_ag70;
    wire b1_ag75 = b1_ag66 & b1_ag68;
    wire b1_ag76 = b1_ag70 & b1_ag75;
    wire b1_ag77 = b1_ag72 & b1_ag74;
    wire b1_ag78 = b1_ag66 ^ b1_ag68;
    wire b1_ag79 = b1_ag70 ^ b1_ag73;
    wire b1_ag80 = b1_ag78 ^ b1_ag79;
    wire b1_ag81 = b1_ag74 ^ b1_ag76;
    wire b1_ag82 = b1_ag72 ^ b1_ag77;
    wire b1_ag83 = b1_ag81 ^ b1_ag82;
    wire b1_ag84 = b1_ag80 ^ b1_ag83;
    wire b1_ag85 = b1_ag68 & b1_ag72;
    wire b1_ag86 = b1_ag72 & b1_ag75;
    wire b1_ag87 = b1_ag73 ^ b1_ag74;
    wire b1_ag88 = b1_ag75 ^ b1_ag87;
    wire b1_ag89 = b1_ag85 ^ b1_ag86;
    wire b1_ag90 = b1_ag72 ^ b1_ag89;
    wire b1_ag91 = b1_ag88 ^ b1_ag90;
    wire b1_ag92 = b1_ag66 & b1_ag72;
    wire b1_ag93 = b1_ag72 & b1_ag73;
    wire b1_ag94 = b1_ag75 ^ b1_ag79;
    wire b1_ag95 = b1_ag92 ^ b1_ag93;
    wire b1_ag96 = b1_ag72 ^ b1_ag95;
    wire b1_ag97 = b1_ag94 ^ b1_ag96;
    wire b1_ag98 = b1_ag70 & b1_ag72;
    wire b1_ag99 = b1_ag70 ^ b1_ag72;
    wire b1_ag100 = b1_ag68 ^ b1_ag99;
    wire b1_ag101 = b1_ag85 ^ b1_ag92;
    wire b1_ag102 = b1_ag77 ^ b1_ag98;
    wire b1_ag103 = b1_ag101 ^ b1_ag102;
    wire b1_ag104 = b1_ag100 ^ b1_ag103;
    wire [11:0] b1_m_next = {b1_ag104, b1_ag97, b1_ag91, b1_ag84, b1_ag25, b1_ag24, b1_ag21, b1_ag18, b1_ag15, b1_ag11, b1_ag7, b1_ag1};
    reg [11:0] b1_m;
    wire b1_bg0 = b1_m[4] & b1_m[8];
    wire b1_bg1 = b1_m[5] & b1_m[11];
    wire b1_bg2 = b1_m[6] & b1_m[10];
    wire b1_bg3 = b1_m[7] & b1_m[9];
    wire b1_bg4 = b1_bg0 ^ b1_bg1;
    wire b1_bg5 = b1_bg2 ^ b1_bg3;
    wire b1_bg6 = b1_bg4 ^ b1_bg5;
    wire b1_bg7 = b1_m[4] & b1_m[9];
    wire b1_bg8 = b1_m[5] & b1_m[8];
    wire b1_bg9 = b1_m[6] & b1_m[11];
    wire b1_bg10 = b1_m[7] & b1_m[10];
    wire b1_bg11 = b1_bg1 ^ b1_bg8;
    wire b1_bg12 = b1_bg7 ^ b1_bg11;
    wire b1_bg13 = b1_bg2 ^ b1_bg9;
    wire b1_bg14 = b1_bg3 ^ b1_bg10;
    wire b1_bg15 = b1_bg13 ^ b1_bg14;
    wire b1_bg16 = b1_bg12 ^ b1_bg15;
    wire b1_bg17 = b1_m[4] & b1_m[10];
    wire b1_bg18 = b1_m[5] & b1_m[9];
    wire b1_bg19 = b1_m[6] & b1_m[8];
    wire b1_bg20 = b1_m[7] & b1_m[11];
    wire b1_bg21 = b1_bg18 ^ b1_bg19;
    wire b1_bg22 = b1_bg17 ^ b1_bg21;
    wire b1_bg23 = b1_bg10 ^ b1_bg20;
    wire b1_bg24 = b1_bg9 ^ b1_bg23;
    wire b1_bg25 = b1_bg22 ^ b1_bg24;
    wire b1_bg26 = b1_m[4] & b1_m[11];
    wire b1_bg27 = b1_m[5] & b1_m[10];
    wire b1_bg28 = b1_m[6] & b1_m[9];
    wire b1_bg29 = b1_m[7] & b1_m[8];
    wire b1_bg30 = b1_bg26 ^ b1_bg27;
    wire b1_bg31 = b1_bg20 ^ b1_bg29;
    wire b1_bg32 = b1_bg28 ^ b1_bg31;
    wire b1_bg33 = b1_bg30 ^ b1_bg32;
    wire b1_bg34 = b1_m[0] ^ b1_m[4];
    wire b1_bg35 = b1_m[1] ^ b1_m[5];
    wire b1_bg36 = b1_m[2] ^ b1_m[6];
    wire b1_bg37 = b1_m[3] ^ b1_m[7];
    wire b1_bg38 = b1_m[8] & b1_bg34;
    wire b1_bg39 = b1_m[11] & b1_bg35;
    wire b1_bg40 = b1_m[10] & b1_bg36;
    wire b1_bg41 = b1_m[9] & b1_bg37;
    wire b1_bg42 = b1_bg38 ^ b1_bg39;
    wire b1_bg43 = b1_bg40 ^ b1_bg41;
    wire b1_bg44 = b1_bg42 ^ b1_bg43;
    wire b1_bg45 = b1_m[9] & b1_bg34;
    wire b1_bg46 = b1_m[8] & b1_bg35;
    wire b1_bg47 = b1_m[11] & b1_bg36;
    wire b1_bg48 = b1_m[10] & b1_bg37;
    wire b1_bg49 = b1_bg39 ^ b1_bg46;
    wire b1_bg50 = b1_bg45 ^ b1_bg49;
    wire b1_bg51 = b1_bg40 ^ b1_bg47;
    wire b1_bg52 = b1_bg41 ^ b1_bg48;
    wire b1_bg53 = b1_bg51 ^ b1_bg52;
    wire b1_bg54 = b1_bg50 ^ b1_bg53;
    wire b1_bg55 = b1_m[10] & b1_bg34;
    wire b1_bg56 = b1_m[9] & b1_bg35;
    wire b1_bg57 = b1_m[8] & b1_bg36;
    wire b1_bg58 = b1_m[11] & b1_bg37;
    wire b1_bg59 = b1_bg56 ^ b1_bg57;
    wire b1_bg60 = b1_bg55 ^ b1_bg59;
    wire b1_bg61 = b1_bg48 ^ b1_bg58;
    wire b1_bg62 = b1_bg47 ^ b1_bg61;
    wire b1_bg63 = b1_bg60 ^ b1_bg62;
    wire b1_bg64 = b1_m[11] & b1_bg34;
    wire b1_bg65 = b1_m[10] & b1_bg35;
    wire b1_bg66 = b1_m[9] & b1_bg36;
    wire b1_bg67 = b1_m[8] & b1_bg37;
    wire b1_bg68 = b1_bg64 ^ b1_bg65;
    wire b1_bg69 = b1_bg58 ^ b1_bg67;
    wire b1_bg70 = b1_bg66 ^ b1_bg69;
    wire b1_bg71 = b1_bg68 ^ b1_bg70;
    wire b1_bg72 = b1_bg44 ^ b1_bg63;
    wire b1_bg73 = b1_bg25 ^ b1_bg33;
    wire b1_bg74 = b1_bg72 ^ b1_bg73;
    wire b1_bg75 = b1_bg6 ^ b1_bg33;
    wire b1_bg76 = b1_bg16 ^ b1_bg63;
    wire b1_bg77 = b1_bg73 ^ b1_bg76;
    wire b1_bg78 = b1_bg63 ^ b1_bg73;
    wire b1_bg79 = b1_bg6 ^ b1_bg71;
    wire b1_bg80 = b1_bg63 ^ b1_bg79;
    wire b1_bg81 = b1_bg54 ^ b1_bg71;
    wire b1_bg82 = b1_bg6 ^ b1_bg73;
    wire b1_bg83 = b1_bg81 ^ b1_bg82;
    wire b1_bg84 = b1_bg54 ^ b1_bg63;
    wire b1_bg85 = b1_bg75 ^ b1_bg84;
    wire b1_bg86 = b1_bg6 ^ b1_bg25;
    wire b1_bg87 = b1_bg81 ^ b1_bg86;
    wire [7:0] b1_y = {b1_bg87, b1_bg85, b1_bg83, b1_bg80, b1_bg78, b1_bg77, b1_bg75, b1_bg74};
    always @(posedge clock) begin
        if (enable) begin
            b0_m <= b0_m_next;
            b1_m <= b1_m_next;
        end
    end
    always @(*) data_out = {b1_y, b0_y};
endmodule // top$core$unlock$lanes$inv_sbox


module top$core$unlock$lanes$plain(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$lanes$plain


module top$core$uptime(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$uptime


module top$core$weight_write(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$weight_write


module top$core$weight_write_address(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$weight_write_address


module top$core$weight_write_data(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$weight_write_data


module top$core$weights(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [13:0] read_address;
    output reg  [15:0] read_data;
    input wire  [13:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg [15:0] mem [0:6655];
    always @(posedge clock) begin
        read_data <= (read_address <= 6655) ? mem[read_address[12:0]] : 16'd0;
        if (write_enable && write_address <= 6655) mem[write_address[12:0]] <= write_data;
    end
endmodule // top$core$weights


module top$front_end(clock,reset,rx,tx,write,write_address,write_data,write_status,read,read_address,read_data,core_busy,slot_done,key_loaded,model_ready,last_error,activity);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  rx;
    output reg  tx;
    output reg  write;
    output reg  [23:0] write_address;
    output reg  [7:0] write_data;
    input wire  [7:0] write_status;
    output reg  read;
    output reg  [23:0] read_address;
    input wire  [7:0] read_data;
    input wire  core_busy;
    input wire  [1:0] slot_done;
    input wire  key_loaded;
    input wire  model_ready;
    input wire  [7:0] last_error;
    output reg  activity;
    
    // Stub signals
    reg  uart_rx$clock;
    reg  uart_rx$reset;
    reg  uart_rx$rx;
    wire  [7:0] uart_rx$data;
    wire  uart_rx$valid;
    reg  uart_rx$ready;
    wire  uart_rx$framing_error;
    wire  uart_rx$overrun;
    reg  uart_tx$clock;
    reg  uart_tx$reset;
    reg  [7:0] uart_tx$data;
    reg  uart_tx$valid;
    wire  uart_tx$ready;
    wire  uart_tx$tx;
    reg  frame_rx$clock;
    reg  frame_rx$reset;
    reg  [7:0] frame_rx$rx_data;
    reg  frame_rx$rx_valid;
    wire  frame_rx$rx_ready;
    reg  frame_rx$line_error;
    wire  frame_rx$write;
    wire  [23:0] frame_rx$write_address;
    wire  [7:0] frame_rx$write_data;
    reg  [7:0] frame_rx$write_status;
    reg  frame_rx$core_busy;
    wire  frame_rx$job_valid;
    wire  [7:0] frame_rx$job_cmd;
    wire  [7:0] frame_rx$job_seq;
    wire  [7:0] frame_rx$job_status;
    wire  frame_rx$job_slot;
    reg  [1:0] frame_rx$slot_release;
    wire  [1:0] frame_rx$run_rung;
    wire  [7:0] frame_rx$run_status0;
    wire  [7:0] frame_rx$run_status1;
    wire  [15:0] frame_rx$frames_ok;
    wire  [15:0] frame_rx$bad_headers;
    wire  [15:0] frame_rx$bad_crcs;
    wire  [15:0] frame_rx$timeouts;
    reg  frame_tx$clock;
    reg  frame_tx$reset;
    reg  frame_tx$job_valid;
    reg  [7:0] frame_tx$job_cmd;
    reg  [7:0] frame_tx$job_seq;
    reg  [7:0] frame_tx$job_status;
    reg  frame_tx$job_slot;
    wire  frame_tx$read;
    wire  [23:0] frame_tx$read_address;
    reg  [7:0] frame_tx$read_data;
    reg  frame_tx$core_busy;
    reg  [1:0] frame_tx$slot_done;
    reg  frame_tx$key_loaded;
    reg  frame_tx$model_ready;
    reg  [7:0] frame_tx$last_error;
    reg  [1:0] frame_tx$run_rung;
    reg  [7:0] frame_tx$run_status0;
    reg  [7:0] frame_tx$run_status1;
    wire  [1:0] frame_tx$slot_release;
    reg  [15:0] frame_tx$frames_ok;
    reg  [15:0] frame_tx$bad_headers;
    reg  [15:0] frame_tx$bad_crcs;
    reg  [15:0] frame_tx$timeouts;
    wire  [7:0] frame_tx$tx_data;
    wire  frame_tx$tx_valid;
    reg  frame_tx$tx_ready;
    
    // Sub module instances
    top$front_end$uart_rx uart_rx(
        .clock(uart_rx$clock),
        .reset(uart_rx$reset),
        .rx(uart_rx$rx),
        .data(uart_rx$data),
        .valid(uart_rx$valid),
        .ready(uart_rx$ready),
        .framing_error(uart_rx$framing_error),
        .overrun(uart_rx$overrun)
    );
    top$front_end$uart_tx uart_tx(
        .clock(uart_tx$clock),
        .reset(uart_tx$reset),
        .data(uart_tx$data),
        .valid(uart_tx$valid),
        .ready(uart_tx$ready),
        .tx(uart_tx$tx)
    );
    top$front_end$frame_rx frame_rx(
        .clock(frame_rx$clock),
        .reset(frame_rx$reset),
        .rx_data(frame_rx$rx_data),
        .rx_valid(frame_rx$rx_valid),
        .rx_ready(frame_rx$rx_ready),
        .line_error(frame_rx$line_error),
        .write(frame_rx$write),
        .write_address(frame_rx$write_address),
        .write_data(frame_rx$write_data),
        .write_status(frame_rx$write_status),
        .core_busy(frame_rx$core_busy),
        .job_valid(frame_rx$job_valid),
        .job_cmd(frame_rx$job_cmd),
        .job_seq(frame_rx$job_seq),
        .job_status(frame_rx$job_status),
        .job_slot(frame_rx$job_slot),
        .slot_release(frame_rx$slot_release),
        .run_rung(frame_rx$run_rung),
        .run_status0(frame_rx$run_status0),
        .run_status1(frame_rx$run_status1),
        .frames_ok(frame_rx$frames_ok),
        .bad_headers(frame_rx$bad_headers),
        .bad_crcs(frame_rx$bad_crcs),
        .timeouts(frame_rx$timeouts)
    );
    top$front_end$frame_tx frame_tx(
        .clock(frame_tx$clock),
        .reset(frame_tx$reset),
        .job_valid(frame_tx$job_valid),
        .job_cmd(frame_tx$job_cmd),
        .job_seq(frame_tx$job_seq),
        .job_status(frame_tx$job_status),
        .job_slot(frame_tx$job_slot),
        .read(frame_tx$read),
        .read_address(frame_tx$read_address),
        .read_data(frame_tx$read_data),
        .core_busy(frame_tx$core_busy),
        .slot_done(frame_tx$slot_done),
        .key_loaded(frame_tx$key_loaded),
        .model_ready(frame_tx$model_ready),
        .last_error(frame_tx$last_error),
        .run_rung(frame_tx$run_rung),
        .run_status0(frame_tx$run_status0),
        .run_status1(frame_tx$run_status1),
        .slot_release(frame_tx$slot_release),
        .frames_ok(frame_tx$frames_ok),
        .bad_headers(frame_tx$bad_headers),
        .bad_crcs(frame_tx$bad_crcs),
        .timeouts(frame_tx$timeouts),
        .tx_data(frame_tx$tx_data),
        .tx_valid(frame_tx$tx_valid),
        .tx_ready(frame_tx$tx_ready)
    );
    
    // Update code
    always @(*) begin
        uart_rx$clock = clock;
        uart_tx$clock = clock;
        frame_rx$clock = clock;
        frame_tx$clock = clock;
        uart_rx$reset = reset;
        uart_tx$reset = reset;
        frame_rx$reset = reset;
        frame_tx$reset = reset;
        uart_rx$rx = rx;
        tx = uart_tx$tx;
        frame_rx$rx_data = uart_rx$data;
        frame_rx$rx_valid = uart_rx$valid;
        uart_rx$ready = frame_rx$rx_ready;
        frame_rx$line_error = uart_rx$framing_error | uart_rx$overrun;
        write = frame_rx$write;
        write_address = frame_rx$write_address;
        write_data = frame_rx$write_data;
        frame_rx$write_status = write_status;
        frame_rx$core_busy = core_busy;
        frame_rx$slot_release = frame_tx$slot_release;
        frame_tx$job_valid = frame_rx$job_valid;
        frame_tx$job_cmd = frame_rx$job_cmd;
        frame_tx$job_seq = frame_rx$job_seq;
        frame_tx$job_status = frame_rx$job_status;
        frame_tx$job_slot = frame_rx$job_slot;
        frame_tx$run_rung = frame_rx$run_rung;
        frame_tx$run_status0 = frame_rx$run_status0;
        frame_tx$run_status1 = frame_rx$run_status1;
        frame_tx$frames_ok = frame_rx$frames_ok;
        frame_tx$bad_headers = frame_rx$bad_headers;
        frame_tx$bad_crcs = frame_rx$bad_crcs;
        frame_tx$timeouts = frame_rx$timeouts;
        read = frame_tx$read;
        read_address = frame_tx$read_address;
        frame_tx$read_data = read_data;
        frame_tx$core_busy = core_busy;
        frame_tx$slot_done = slot_done;
        frame_tx$key_loaded = key_loaded;
        frame_tx$model_ready = model_ready;
        frame_tx$last_error = last_error;
        uart_tx$data = frame_tx$tx_data;
        uart_tx$valid = frame_tx$tx_valid;
        frame_tx$tx_ready = uart_tx$ready;
        activity = (uart_rx$valid & frame_rx$rx_ready) | (frame_tx$tx_valid & uart_tx$ready);
    end
    
endmodule // top$front_end


module top$front_end$frame_rx(clock,reset,rx_data,rx_valid,rx_ready,line_error,write,write_address,write_data,write_status,core_busy,job_valid,job_cmd,job_seq,job_status,job_slot,slot_release,run_rung,run_status0,run_status1,frames_ok,bad_headers,bad_crcs,timeouts);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] rx_data;
    input wire  rx_valid;
    output reg  rx_ready;
    input wire  line_error;
    output reg  write;
    output reg  [23:0] write_address;
    output reg  [7:0] write_data;
    input wire  [7:0] write_status;
    input wire  core_busy;
    output reg  job_valid;
    output reg  [7:0] job_cmd;
    output reg  [7:0] job_seq;
    output reg  [7:0] job_status;
    output reg  job_slot;
    input wire  [1:0] slot_release;
    output reg  [1:0] run_rung;
    output reg  [7:0] run_status0;
    output reg  [7:0] run_status1;
    output reg  [15:0] frames_ok;
    output reg  [15:0] bad_headers;
    output reg  [15:0] bad_crcs;
    output reg  [15:0] timeouts;
    
    // Constant declarations
    localparam  cmd_info = 8'h1;
    localparam  cmd_status = 8'h2;
    localparam  cmd_load_key = 8'h10;
    localparam  cmd_clear_key = 8'h11;
    localparam  cmd_load_weights = 8'h20;
    localparam  cmd_load_config = 8'h21;
    localparam  cmd_run = 8'h30;
    localparam  cmd_read_result = 8'h31;
    localparam  sync0 = 8'ha5;
    localparam  sync1 = 8'h5a;
    localparam  max_payload = 16'h400;
    localparam  key_bytes = 16'h10;
    localparam  offset_bytes = 16'h4;
    localparam  max_weight_frame = 16'h3fc;
    localparam  slot_bytes = 16'h400;
    localparam  config_bytes = 16'h28;
    localparam  weight_bytes = 32'h3400;
    localparam  timeout = 24'h1d4c0;
    localparam  key_base = 24'h820000;
    localparam  key_commit = 24'h820010;
    localparam  key_clear = 24'h820011;
    localparam  key_discard = 24'h820012;
    localparam  config_base = 24'h830000;
    localparam  config_commit = 24'h830100;
    localparam  input0 = 24'h840000;
    localparam  input1 = 24'h850000;
    localparam  run = 24'h860000;
    localparam  ok = 8'h0;
    localparam  bad_crc = 8'h1;
    localparam  bad_length = 8'h2;
    localparam  unknown_command = 8'h3;
    localparam  bad_address = 8'h7;
    localparam  busy_code = 8'ha;
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  max16 = 16'hffff;
    localparam  seven16 = 16'h7;
    localparam  zero24 = 24'h0;
    localparam  one24 = 24'h1;
    localparam  zero32 = 32'h0;
    localparam  seven32 = 32'h7;
    localparam  byte_shift = 8'h8;
    localparam  top_shift = 8'h18;
    localparam  zero2 = 2'b0;
    localparam  slot0 = 8'h0;
    localparam  slot1 = 8'h1;
    localparam  bit0 = 2'b1;
    localparam  bit1 = 2'b10;
    
    // Enums
    localparam RxState$Hunt = 0;
    localparam RxState$Sync1 = 1;
    localparam RxState$Cmd = 2;
    localparam RxState$Seq = 3;
    localparam RxState$LenLow = 4;
    localparam RxState$LenHigh = 5;
    localparam RxState$HeaderCrc = 6;
    localparam RxState$Payload = 7;
    localparam RxState$Crc0 = 8;
    localparam RxState$Crc1 = 9;
    localparam RxState$Finish = 10;
    localparam RxState$Settle = 11;
    localparam RxState$Answer = 12;
    localparam Action$Discard = 0;
    localparam Action$Key = 1;
    localparam Action$Weights = 2;
    localparam Action$Config = 3;
    localparam Action$Input = 4;
    
    // Stub signals
    reg  header_crc$clock;
    reg  header_crc$clear;
    reg  header_crc$enable;
    reg  [7:0] header_crc$data;
    wire  [7:0] header_crc$crc;
    reg  frame_crc$clock;
    reg  frame_crc$clear;
    reg  frame_crc$enable;
    reg  [7:0] frame_crc$data;
    wire  [15:0] frame_crc$crc;
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  [2:0] action$d;
    wire  [2:0] action$q;
    reg  action$clock;
    reg  [7:0] cmd$d;
    wire  [7:0] cmd$q;
    reg  cmd$clock;
    reg  [7:0] seq$d;
    wire  [7:0] seq$q;
    reg  seq$clock;
    reg  [15:0] length$d;
    wire  [15:0] length$q;
    reg  length$clock;
    reg  [15:0] left$d;
    wire  [15:0] left$q;
    reg  left$clock;
    reg  [15:0] received$d;
    wire  [15:0] received$q;
    reg  received$clock;
    reg  [7:0] status$d;
    wire  [7:0] status$q;
    reg  status$clock;
    reg  [23:0] address$d;
    wire  [23:0] address$q;
    reg  address$clock;
    reg  [31:0] offset$d;
    wire  [31:0] offset$q;
    reg  offset$clock;
    reg  [7:0] crc_low$d;
    wire  [7:0] crc_low$q;
    reg  crc_low$clock;
    reg  [23:0] silence$d;
    wire  [23:0] silence$q;
    reg  silence$clock;
    reg  [23:0] doorbell$d;
    wire  [23:0] doorbell$q;
    reg  doorbell$clock;
    reg  ring$d;
    wire  ring$q;
    reg  ring$clock;
    reg  next_slot$d;
    wire  next_slot$q;
    reg  next_slot$clock;
    reg  slot$d;
    wire  slot$q;
    reg  slot$clock;
    reg  [1:0] slot_busy$d;
    wire  [1:0] slot_busy$q;
    reg  slot_busy$clock;
    reg  [1:0] pending$d;
    wire  [1:0] pending$q;
    reg  pending$clock;
    reg  [1:0] rung$d;
    wire  [1:0] rung$q;
    reg  rung$clock;
    reg  run_next$d;
    wire  run_next$q;
    reg  run_next$clock;
    reg  issued$d;
    wire  issued$q;
    reg  issued$clock;
    reg  issued_slot$d;
    wire  issued_slot$q;
    reg  issued_slot$clock;
    reg  [7:0] status0$d;
    wire  [7:0] status0$q;
    reg  status0$clock;
    reg  [7:0] status1$d;
    wire  [7:0] status1$q;
    reg  status1$clock;
    reg  job_pulse$d;
    wire  job_pulse$q;
    reg  job_pulse$clock;
    reg  [15:0] count_ok$d;
    wire  [15:0] count_ok$q;
    reg  count_ok$clock;
    reg  [15:0] count_headers$d;
    wire  [15:0] count_headers$q;
    reg  count_headers$clock;
    reg  [15:0] count_crcs$d;
    wire  [15:0] count_crcs$q;
    reg  count_crcs$clock;
    reg  [15:0] count_timeouts$d;
    wire  [15:0] count_timeouts$q;
    reg  count_timeouts$clock;
    reg  length_ok_q$d;
    wire  length_ok_q$q;
    reg  length_ok_q$clock;
    reg  too_long_q$d;
    wire  too_long_q$q;
    reg  too_long_q$clock;
    reg  chunk_bad_q$d;
    wire  chunk_bad_q$q;
    reg  chunk_bad_q$clock;
    reg  rang$d;
    wire  rang$q;
    reg  rang$clock;
    reg  busy_q$d;
    wire  busy_q$q;
    reg  busy_q$clock;
    reg  write_q$d;
    wire  write_q$q;
    reg  write_q$clock;
    reg  [23:0] write_address_q$d;
    wire  [23:0] write_address_q$q;
    reg  write_address_q$clock;
    reg  [7:0] write_data_q$d;
    wire  [7:0] write_data_q$q;
    reg  write_data_q$clock;
    reg  answered$d;
    wire  answered$q;
    reg  answered$clock;
    reg  answered_slot$d;
    wire  answered_slot$q;
    reg  answered_slot$clock;
    
    // Local signals
    reg  take;
    reg  [7:0] rx_byte;
    reg  run_write;
    reg  payload_write;
    reg  length_ok;
    reg  [31:0] weights_end;
    reg  [31:0] offset_next;
    reg  write_now;
    reg  [23:0] write_address_now;
    reg  [7:0] write_data_now;
    
    // Sub module instances
    top$front_end$frame_rx$header_crc header_crc(
        .clock(header_crc$clock),
        .clear(header_crc$clear),
        .enable(header_crc$enable),
        .data(header_crc$data),
        .crc(header_crc$crc)
    );
    top$front_end$frame_rx$frame_crc frame_crc(
        .clock(frame_crc$clock),
        .clear(frame_crc$clear),
        .enable(frame_crc$enable),
        .data(frame_crc$data),
        .crc(frame_crc$crc)
    );
    top$front_end$frame_rx$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$front_end$frame_rx$action action(
        .d(action$d),
        .q(action$q),
        .clock(action$clock)
    );
    top$front_end$frame_rx$cmd cmd(
        .d(cmd$d),
        .q(cmd$q),
        .clock(cmd$clock)
    );
    top$front_end$frame_rx$seq seq(
        .d(seq$d),
        .q(seq$q),
        .clock(seq$clock)
    );
    top$front_end$frame_rx$length length(
        .d(length$d),
        .q(length$q),
        .clock(length$clock)
    );
    top$front_end$frame_rx$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$front_end$frame_rx$received received(
        .d(received$d),
        .q(received$q),
        .clock(received$clock)
    );
    top$front_end$frame_rx$status status(
        .d(status$d),
        .q(status$q),
        .clock(status$clock)
    );
    top$front_end$frame_rx$address address(
        .d(address$d),
        .q(address$q),
        .clock(address$clock)
    );
    top$front_end$frame_rx$offset offset(
        .d(offset$d),
        .q(offset$q),
        .clock(offset$clock)
    );
    top$front_end$frame_rx$crc_low crc_low(
        .d(crc_low$d),
        .q(crc_low$q),
        .clock(crc_low$clock)
    );
    top$front_end$frame_rx$silence silence(
        .d(silence$d),
        .q(silence$q),
        .clock(silence$clock)
    );
    top$front_end$frame_rx$doorbell doorbell(
        .d(doorbell$d),
        .q(doorbell$q),
        .clock(doorbell$clock)
    );
    top$front_end$frame_rx$ring ring(
        .d(ring$d),
        .q(ring$q),
        .clock(ring$clock)
    );
    top$front_end$frame_rx$next_slot next_slot(
        .d(next_slot$d),
        .q(next_slot$q),
        .clock(next_slot$clock)
    );
    top$front_end$frame_rx$slot slot(
        .d(slot$d),
        .q(slot$q),
        .clock(slot$clock)
    );
    top$front_end$frame_rx$slot_busy slot_busy(
        .d(slot_busy$d),
        .q(slot_busy$q),
        .clock(slot_busy$clock)
    );
    top$front_end$frame_rx$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    top$front_end$frame_rx$rung rung(
        .d(rung$d),
        .q(rung$q),
        .clock(rung$clock)
    );
    top$front_end$frame_rx$run_next run_next(
        .d(run_next$d),
        .q(run_next$q),
        .clock(run_next$clock)
    );
    top$front_end$frame_rx$issued issued(
        .d(issued$d),
        .q(issued$q),
        .clock(issued$clock)
    );
    top$front_end$frame_rx$issued_slot issued_slot(
        .d(issued_slot$d),
        .q(issued_slot$q),
        .clock(issued_slot$clock)
    );
    top$front_end$frame_rx$status0 status0(
        .d(status0$d),
        .q(status0$q),
        .clock(status0$clock)
    );
    top$front_end$frame_rx$status1 status1(
        .d(status1$d),
        .q(status1$q),
        .clock(status1$clock)
    );
    top$front_end$frame_rx$job_pulse job_pulse(
        .d(job_pulse$d),
        .q(job_pulse$q),
        .clock(job_pulse$clock)
    );
    top$front_end$frame_rx$count_ok count_ok(
        .d(count_ok$d),
        .q(count_ok$q),
        .clock(count_ok$clock)
    );
    top$front_end$frame_rx$count_headers count_headers(
        .d(count_headers$d),
        .q(count_headers$q),
        .clock(count_headers$clock)
    );
    top$front_end$frame_rx$count_crcs count_crcs(
        .d(count_crcs$d),
        .q(count_crcs$q),
        .clock(count_crcs$clock)
    );
    top$front_end$frame_rx$count_timeouts count_timeouts(
        .d(count_timeouts$d),
        .q(count_timeouts$q),
        .clock(count_timeouts$clock)
    );
    top$front_end$frame_rx$length_ok_q length_ok_q(
        .d(length_ok_q$d),
        .q(length_ok_q$q),
        .clock(length_ok_q$clock)
    );
    top$front_end$frame_rx$too_long_q too_long_q(
        .d(too_long_q$d),
        .q(too_long_q$q),
        .clock(too_long_q$clock)
    );
    top$front_end$frame_rx$chunk_bad_q chunk_bad_q(
        .d(chunk_bad_q$d),
        .q(chunk_bad_q$q),
        .clock(chunk_bad_q$clock)
    );
    top$front_end$frame_rx$rang rang(
        .d(rang$d),
        .q(rang$q),
        .clock(rang$clock)
    );
    top$front_end$frame_rx$busy_q busy_q(
        .d(busy_q$d),
        .q(busy_q$q),
        .clock(busy_q$clock)
    );
    top$front_end$frame_rx$write_q write_q(
        .d(write_q$d),
        .q(write_q$q),
        .clock(write_q$clock)
    );
    top$front_end$frame_rx$write_address_q write_address_q(
        .d(write_address_q$d),
        .q(write_address_q$q),
        .clock(write_address_q$clock)
    );
    top$front_end$frame_rx$write_data_q write_data_q(
        .d(write_data_q$d),
        .q(write_data_q$q),
        .clock(write_data_q$clock)
    );
    top$front_end$frame_rx$answered answered(
        .d(answered$d),
        .q(answered$q),
        .clock(answered$clock)
    );
    top$front_end$frame_rx$answered_slot answered_slot(
        .d(answered_slot$d),
        .q(answered_slot$q),
        .clock(answered_slot$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        action$clock = clock;
        cmd$clock = clock;
        seq$clock = clock;
        length$clock = clock;
        left$clock = clock;
        received$clock = clock;
        status$clock = clock;
        address$clock = clock;
        offset$clock = clock;
        crc_low$clock = clock;
        silence$clock = clock;
        doorbell$clock = clock;
        ring$clock = clock;
        rang$clock = clock;
        chunk_bad_q$clock = clock;
        length_ok_q$clock = clock;
        too_long_q$clock = clock;
        busy_q$clock = clock;
        write_q$clock = clock;
        write_address_q$clock = clock;
        write_data_q$clock = clock;
        answered$clock = clock;
        answered_slot$clock = clock;
        next_slot$clock = clock;
        slot$clock = clock;
        slot_busy$clock = clock;
        pending$clock = clock;
        rung$clock = clock;
        run_next$clock = clock;
        issued$clock = clock;
        issued_slot$clock = clock;
        status0$clock = clock;
        status1$clock = clock;
        job_pulse$clock = clock;
        count_ok$clock = clock;
        count_headers$clock = clock;
        count_crcs$clock = clock;
        count_timeouts$clock = clock;
        state$d = state$q;
        action$d = action$q;
        cmd$d = cmd$q;
        seq$d = seq$q;
        length$d = length$q;
        left$d = left$q;
        received$d = received$q;
        status$d = status$q;
        address$d = address$q;
        offset$d = offset$q;
        crc_low$d = crc_low$q;
        silence$d = silence$q;
        doorbell$d = doorbell$q;
        ring$d = ring$q;
        rang$d = rang$q;
        chunk_bad_q$d = chunk_bad_q$q;
        length_ok_q$d = length_ok_q$q;
        too_long_q$d = too_long_q$q;
        busy_q$d = busy_q$q;
        write_q$d = write_q$q;
        write_address_q$d = write_address_q$q;
        write_data_q$d = write_data_q$q;
        answered$d = answered$q;
        answered_slot$d = answered_slot$q;
        next_slot$d = next_slot$q;
        slot$d = slot$q;
        slot_busy$d = slot_busy$q;
        pending$d = pending$q;
        rung$d = rung$q;
        run_next$d = run_next$q;
        issued$d = issued$q;
        issued_slot$d = issued_slot$q;
        status0$d = status0$q;
        status1$d = status1$q;
        job_pulse$d = job_pulse$q;
        count_ok$d = count_ok$q;
        count_headers$d = count_headers$q;
        count_crcs$d = count_crcs$q;
        count_timeouts$d = count_timeouts$q;
        header_crc$clock = clock;
        frame_crc$clock = clock;
        job_pulse$d = 1'b0;
        ring$d = 1'b0;
        issued$d = 1'b0;
        header_crc$clear = 1'b0;
        header_crc$enable = 1'b0;
        frame_crc$clear = 1'b0;
        frame_crc$enable = 1'b0;
        rx_byte = rx_data;
        header_crc$data = rx_data;
        frame_crc$data = rx_data;
        busy_q$d = core_busy;
        answered$d = issued$q;
        answered_slot$d = issued_slot$q;
        run_write = 1'b0;
        if (~busy_q$q & ~ring$q & ~issued$q & ~answered$q & (state$q != RxState$Settle) & (state$q != RxState$Answer)) begin
            if (run_next$q & |(pending$q & bit1)) begin
                run_write = 1'b1;
            end
            if (~run_next$q & |(pending$q & bit0)) begin
                run_write = 1'b1;
            end
        end
        rx_ready = ~run_write & ~ring$q & (state$q != RxState$Finish) & (state$q != RxState$Settle) & (state$q != RxState$Answer);
        take = rx_valid & rx_ready;
        payload_write = 1'b0;
        write_now = 1'b0;
        write_address_now = address$q;
        write_data_now = rx_byte;
        if (ring$q) begin
            write_now = 1'b1;
            write_address_now = doorbell$q;
        end
        if (run_write) begin
            write_now = 1'b1;
            write_address_now = run;
            write_data_now = slot0;
            if (run_next$q) begin
                write_data_now = slot1;
            end
            issued$d = 1'b1;
            issued_slot$d = run_next$q;
            run_next$d = ~run_next$q;
            if (run_next$q) begin
                pending$d = pending$q & bit0;
            end
            else begin
                pending$d = pending$q & bit1;
            end
        end
        slot_busy$d = slot_busy$q & ~slot_release;
        rung$d = rung$q & ~slot_release;
        if (answered$q) begin
            if (answered_slot$q) begin
                status1$d = write_status;
            end
            else begin
                status0$d = write_status;
            end
            if (answered_slot$q) begin
                rung$d = (rung$q & ~slot_release) | bit1;
            end
            else begin
                rung$d = (rung$q & ~slot_release) | bit0;
            end
        end
        if ((state$q == RxState$Hunt) | take) begin
            silence$d = zero24;
        end
        else if (silence$q != timeout) begin
            silence$d = silence$q + one24;
        end
        too_long_q$d = length$q > max_payload;
        length_ok = length$q == zero16;
        if (cmd$q == cmd_load_key) begin
            length_ok = length$q == key_bytes;
        end
        if (cmd$q == cmd_load_weights) begin
            length_ok = (length$q > offset_bytes) & (length$q <= max_weight_frame) & (((length$q - offset_bytes) & seven16) == zero16);
        end
        if (cmd$q == cmd_load_config) begin
            length_ok = length$q == config_bytes;
        end
        if (cmd$q == cmd_run) begin
            length_ok = (length$q != zero16) & (length$q <= slot_bytes) & ((length$q & seven16) == zero16);
        end
        length_ok_q$d = length_ok;
        offset_next = (offset$q >> byte_shift) | (((rx_byte) & 32'hffffffff) << top_shift);
        weights_end = offset$q + ((length$q) & 32'hffffffff) - ((offset_bytes) & 32'hffffffff);
        chunk_bad_q$d = ((offset$q & seven32) != zero32) | (weights_end > weight_bytes);
        case (state$q)
            RxState$Hunt:
                begin
                    if (take & (rx_byte == sync0)) begin
                        state$d = RxState$Sync1;
                    end
                end
            RxState$Sync1:
                begin
                    if (take) begin
                        if (rx_byte == sync1) begin
                            state$d = RxState$Cmd;
                            header_crc$clear = 1'b1;
                            frame_crc$clear = 1'b1;
                        end
                        else if (rx_byte != sync0) begin
                            state$d = RxState$Hunt;
                        end
                    end
                end
            RxState$Cmd:
                begin
                    if (take) begin
                        cmd$d = rx_byte;
                        header_crc$enable = 1'b1;
                        frame_crc$enable = 1'b1;
                        state$d = RxState$Seq;
                    end
                end
            RxState$Seq:
                begin
                    if (take) begin
                        seq$d = rx_byte;
                        header_crc$enable = 1'b1;
                        frame_crc$enable = 1'b1;
                        state$d = RxState$LenLow;
                    end
                end
            RxState$LenLow:
                begin
                    if (take) begin
                        length$d = ((rx_byte) & 16'hffff);
                        header_crc$enable = 1'b1;
                        frame_crc$enable = 1'b1;
                        state$d = RxState$LenHigh;
                    end
                end
            RxState$LenHigh:
                begin
                    if (take) begin
                        length$d = length$q | (((rx_byte) & 16'hffff) << byte_shift);
                        header_crc$enable = 1'b1;
                        frame_crc$enable = 1'b1;
                        state$d = RxState$HeaderCrc;
                    end
                end
            RxState$HeaderCrc:
                begin
                    if (take) begin
                        frame_crc$enable = 1'b1;
                        if ((rx_byte != header_crc$crc) | too_long_q$q) begin
                            if (count_headers$q != max16) begin
                                count_headers$d = count_headers$q + one16;
                            end
                            state$d = RxState$Hunt;
                        end
                        else begin
                            left$d = length$q;
                            received$d = zero16;
                            action$d = Action$Discard;
                            status$d = ok;
                            offset$d = zero32;
                            if (~length_ok_q$q) begin
                                status$d = bad_length;
                            end
                            else if (cmd$q == cmd_load_key) begin
                                action$d = Action$Key;
                                address$d = key_base;
                            end
                            else if (cmd$q == cmd_load_weights) begin
                                action$d = Action$Weights;
                            end
                            else if (cmd$q == cmd_load_config) begin
                                action$d = Action$Config;
                                address$d = config_base;
                            end
                            else if (cmd$q == cmd_run) begin
                                if (|(slot_busy$q & bit0) & ~next_slot$q) begin
                                    status$d = busy_code;
                                end
                                else if (|(slot_busy$q & bit1) & next_slot$q) begin
                                    status$d = busy_code;
                                end
                                else begin
                                    action$d = Action$Input;
                                    slot$d = next_slot$q;
                                    address$d = input0;
                                    if (next_slot$q) begin
                                        address$d = input1;
                                    end
                                end
                            end
                            else if ((cmd$q != cmd_info) & (cmd$q != cmd_status) & (cmd$q != cmd_clear_key) & (cmd$q != cmd_read_result)) begin
                                status$d = unknown_command;
                            end
                            state$d = RxState$Payload;
                            if (length$q == zero16) begin
                                state$d = RxState$Crc0;
                            end
                        end
                    end
                end
            RxState$Payload:
                begin
                    if (take) begin
                        frame_crc$enable = 1'b1;
                        left$d = left$q - one16;
                        received$d = received$q + one16;
                        if (left$q == one16) begin
                            state$d = RxState$Crc0;
                        end
                        case (action$q)
                            Action$Key:
                                begin
                                    payload_write = 1'b1;
                                end
                            Action$Config:
                                begin
                                    payload_write = 1'b1;
                                end
                            Action$Input:
                                begin
                                    payload_write = 1'b1;
                                end
                            Action$Weights:
                                begin
                                    if (received$q < offset_bytes) begin
                                        offset$d = offset_next;
                                        if (received$q + one16 == offset_bytes) begin
                                            address$d = offset_next[(32'h0)+:(24)];
                                        end
                                    end
                                    else if (received$q == offset_bytes) begin
                                        if (chunk_bad_q$q) begin
                                            status$d = bad_address;
                                            action$d = Action$Discard;
                                        end
                                        else begin
                                            payload_write = 1'b1;
                                        end
                                    end
                                    else begin
                                        payload_write = 1'b1;
                                    end
                                end
                            default:
                                begin
                                end
                        endcase
                    end
                end
            RxState$Crc0:
                begin
                    if (take) begin
                        crc_low$d = rx_byte;
                        state$d = RxState$Crc1;
                    end
                end
            RxState$Crc1:
                begin
                    if (take) begin
                        state$d = RxState$Finish;
                        rang$d = 1'b0;
                        if ((((crc_low$q) & 16'hffff) | (((rx_byte) & 16'hffff) << byte_shift)) != frame_crc$crc) begin
                            if (count_crcs$q != max16) begin
                                count_crcs$d = count_crcs$q + one16;
                            end
                            status$d = bad_crc;
                            if (action$q == Action$Key) begin
                                ring$d = 1'b1;
                                doorbell$d = key_discard;
                            end
                        end
                        else begin
                            if (count_ok$q != max16) begin
                                count_ok$d = count_ok$q + one16;
                            end
                            if (status$q == ok) begin
                                if (cmd$q == cmd_load_key) begin
                                    ring$d = 1'b1;
                                    doorbell$d = key_commit;
                                end
                                if (cmd$q == cmd_clear_key) begin
                                    ring$d = 1'b1;
                                    doorbell$d = key_clear;
                                end
                                if (cmd$q == cmd_load_config) begin
                                    ring$d = 1'b1;
                                    doorbell$d = config_commit;
                                end
                                if (cmd$q == cmd_run) begin
                                    next_slot$d = ~next_slot$q;
                                    if (slot$q) begin
                                        slot_busy$d = slot_busy$q | bit1;
                                        pending$d = pending$q | bit1;
                                    end
                                    else begin
                                        slot_busy$d = slot_busy$q | bit0;
                                        pending$d = pending$q | bit0;
                                    end
                                end
                            end
                        end
                    end
                end
            RxState$Finish:
                begin
                    rang$d = ring$q;
                    state$d = RxState$Settle;
                end
            RxState$Settle:
                begin
                    state$d = RxState$Answer;
                end
            RxState$Answer:
                begin
                    job_pulse$d = 1'b1;
                    state$d = RxState$Hunt;
                    if (rang$q & (status$q == ok) & (write_status != ok)) begin
                        status$d = write_status;
                    end
                end
            default:
                begin
                    state$d = RxState$Hunt;
                end
        endcase
        if (payload_write) begin
            write_now = 1'b1;
            write_address_now = address$q;
            write_data_now = rx_byte;
            address$d = address$q + one24;
        end
        write_q$d = write_now;
        write_address_q$d = write_address_now;
        write_data_q$d = write_data_now;
        write = write_q$q;
        write_address = write_address_q$q;
        write_data = write_data_q$q;
        if ((state$q != RxState$Hunt) & (silence$q == timeout)) begin
            if (count_timeouts$q != max16) begin
                count_timeouts$d = count_timeouts$q + one16;
            end
            state$d = RxState$Hunt;
        end
        if (line_error & (state$q != RxState$Hunt)) begin
            if (count_headers$q != max16) begin
                count_headers$d = count_headers$q + one16;
            end
            state$d = RxState$Hunt;
        end
        if (reset) begin
            write_q$d = 1'b0;
            answered$d = 1'b0;
            state$d = RxState$Hunt;
            slot_busy$d = zero2;
            pending$d = zero2;
            rung$d = zero2;
            next_slot$d = 1'b0;
            run_next$d = 1'b0;
            count_ok$d = zero16;
            count_headers$d = zero16;
            count_crcs$d = zero16;
            count_timeouts$d = zero16;
        end
        job_valid = job_pulse$q;
        job_cmd = cmd$q;
        job_seq = seq$q;
        job_status = status$q;
        job_slot = slot$q;
        run_rung = rung$q;
        run_status0 = status0$q;
        run_status1 = status1$q;
        frames_ok = count_ok$q;
        bad_headers = count_headers$q;
        bad_crcs = count_crcs$q;
        timeouts = count_timeouts$q;
    end
    
endmodule // top$front_end$frame_rx


module top$front_end$frame_rx$action(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam Action$Discard = 0;
    localparam Action$Key = 1;
    localparam Action$Weights = 2;
    localparam Action$Config = 3;
    localparam Action$Input = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$action


module top$front_end$frame_rx$address(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$address


module top$front_end$frame_rx$answered(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$answered


module top$front_end$frame_rx$answered_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$answered_slot


module top$front_end$frame_rx$busy_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$busy_q


module top$front_end$frame_rx$chunk_bad_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$chunk_bad_q


module top$front_end$frame_rx$cmd(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$cmd


module top$front_end$frame_rx$count_crcs(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$count_crcs


module top$front_end$frame_rx$count_headers(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$count_headers


module top$front_end$frame_rx$count_ok(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$count_ok


module top$front_end$frame_rx$count_timeouts(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$count_timeouts


module top$front_end$frame_rx$crc_low(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$crc_low


module top$front_end$frame_rx$doorbell(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$doorbell


module top$front_end$frame_rx$frame_crc(clock,clear,enable,data,crc);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  enable;
    input wire  [7:0] data;
    output reg  [15:0] crc;
    
    // Update code (custom)
    reg [15:0] state;
    wire [15:0] next;
    assign next[0] = ^(state & 16'h1100) ^ ^(data & 8'h11);
    assign next[1] = ^(state & 16'h2200) ^ ^(data & 8'h22);
    assign next[2] = ^(state & 16'h4400) ^ ^(data & 8'h44);
    assign next[3] = ^(state & 16'h8800) ^ ^(data & 8'h88);
    assign next[4] = ^(state & 16'h1000) ^ ^(data & 8'h10);
    assign next[5] = ^(state & 16'h3100) ^ ^(data & 8'h31);
    assign next[6] = ^(state & 16'h6200) ^ ^(data & 8'h62);
    assign next[7] = ^(state & 16'hc400) ^ ^(data & 8'hc4);
    assign next[8] = ^(state & 16'h8801) ^ ^(data & 8'h88);
    assign next[9] = ^(state & 16'h1002) ^ ^(data & 8'h10);
    assign next[10] = ^(state & 16'h2004) ^ ^(data & 8'h20);
    assign next[11] = ^(state & 16'h4008) ^ ^(data & 8'h40);
    assign next[12] = ^(state & 16'h9110) ^ ^(data & 8'h91);
    assign next[13] = ^(state & 16'h2220) ^ ^(data & 8'h22);
    assign next[14] = ^(state & 16'h4440) ^ ^(data & 8'h44);
    assign next[15] = ^(state & 16'h8880) ^ ^(data & 8'h88);
    always @(posedge clock) begin
        if (clear) state <= 16'hffff;
        else if (enable) state <= next;
    end
    always @(*) crc = state ^ 16'h0;
endmodule // top$front_end$frame_rx$frame_crc


module top$front_end$frame_rx$header_crc(clock,clear,enable,data,crc);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  enable;
    input wire  [7:0] data;
    output reg  [7:0] crc;
    
    // Update code (custom)
    reg [7:0] state;
    wire [7:0] next;
    assign next[0] = ^(state & 8'hc1) ^ ^(data & 8'hc1);
    assign next[1] = ^(state & 8'h43) ^ ^(data & 8'h43);
    assign next[2] = ^(state & 8'h47) ^ ^(data & 8'h47);
    assign next[3] = ^(state & 8'h8e) ^ ^(data & 8'h8e);
    assign next[4] = ^(state & 8'h1c) ^ ^(data & 8'h1c);
    assign next[5] = ^(state & 8'h38) ^ ^(data & 8'h38);
    assign next[6] = ^(state & 8'h70) ^ ^(data & 8'h70);
    assign next[7] = ^(state & 8'he0) ^ ^(data & 8'he0);
    always @(posedge clock) begin
        if (clear) state <= 8'h0;
        else if (enable) state <= next;
    end
    always @(*) crc = state ^ 8'h0;
endmodule // top$front_end$frame_rx$header_crc


module top$front_end$frame_rx$issued(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$issued


module top$front_end$frame_rx$issued_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$issued_slot


module top$front_end$frame_rx$job_pulse(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$job_pulse


module top$front_end$frame_rx$left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$left


module top$front_end$frame_rx$length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$length


module top$front_end$frame_rx$length_ok_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$length_ok_q


module top$front_end$frame_rx$next_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$next_slot


module top$front_end$frame_rx$offset(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$offset


module top$front_end$frame_rx$pending(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$pending


module top$front_end$frame_rx$rang(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$rang


module top$front_end$frame_rx$received(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$received


module top$front_end$frame_rx$ring(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$ring


module top$front_end$frame_rx$run_next(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$run_next


module top$front_end$frame_rx$rung(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$rung


module top$front_end$frame_rx$seq(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$seq


module top$front_end$frame_rx$silence(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$silence


module top$front_end$frame_rx$slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$slot


module top$front_end$frame_rx$slot_busy(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$slot_busy


module top$front_end$frame_rx$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam RxState$Hunt = 0;
    localparam RxState$Sync1 = 1;
    localparam RxState$Cmd = 2;
    localparam RxState$Seq = 3;
    localparam RxState$LenLow = 4;
    localparam RxState$LenHigh = 5;
    localparam RxState$HeaderCrc = 6;
    localparam RxState$Payload = 7;
    localparam RxState$Crc0 = 8;
    localparam RxState$Crc1 = 9;
    localparam RxState$Finish = 10;
    localparam RxState$Settle = 11;
    localparam RxState$Answer = 12;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$state


module top$front_end$frame_rx$status(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$status


module top$front_end$frame_rx$status0(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$status0


module top$front_end$frame_rx$status1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$status1


module top$front_end$frame_rx$too_long_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$too_long_q


module top$front_end$frame_rx$write_address_q(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$write_address_q


module top$front_end$frame_rx$write_data_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$write_data_q


module top$front_end$frame_rx$write_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$write_q


module top$front_end$frame_tx(clock,reset,job_valid,job_cmd,job_seq,job_status,job_slot,read,read_address,read_data,core_busy,slot_done,key_loaded,model_ready,last_error,run_rung,run_status0,run_status1,slot_release,frames_ok,bad_headers,bad_crcs,timeouts,tx_data,tx_valid,tx_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  job_valid;
    input wire  [7:0] job_cmd;
    input wire  [7:0] job_seq;
    input wire  [7:0] job_status;
    input wire  job_slot;
    output reg  read;
    output reg  [23:0] read_address;
    input wire  [7:0] read_data;
    input wire  core_busy;
    input wire  [1:0] slot_done;
    input wire  key_loaded;
    input wire  model_ready;
    input wire  [7:0] last_error;
    input wire  [1:0] run_rung;
    input wire  [7:0] run_status0;
    input wire  [7:0] run_status1;
    output reg  [1:0] slot_release;
    input wire  [15:0] frames_ok;
    input wire  [15:0] bad_headers;
    input wire  [15:0] bad_crcs;
    input wire  [15:0] timeouts;
    output reg  [7:0] tx_data;
    output reg  tx_valid;
    input wire  tx_ready;
    
    // Constant declarations
    localparam  cmd_info = 8'h1;
    localparam  cmd_status = 8'h2;
    localparam  cmd_load_key = 8'h10;
    localparam  cmd_load_config = 8'h21;
    localparam  cmd_run = 8'h30;
    localparam  cmd_read_result = 8'h31;
    localparam  response_flag = 8'h80;
    localparam  sync0 = 8'ha5;
    localparam  sync1 = 8'h5a;
    localparam  ok = 8'h0;
    localparam  bad_length = 8'h2;
    localparam  no_result = 8'hb;
    localparam  info_base = 24'h800000;
    localparam  status_base = 24'h810000;
    localparam  result0 = 24'h870000;
    localparam  result1 = 24'h880000;
    localparam  info_bytes = 16'h20;
    localparam  status_bytes = 16'h10;
    localparam  status_payload = 16'h1a;
    localparam  result_header = 16'h8;
    localparam  settle_clocks = 4'h6;
    localparam  frame_overhead = 16'h9;
    localparam  first_data = 16'h8;
    localparam  positions$0 = 16'h0;
    localparam  positions$1 = 16'h1;
    localparam  positions$2 = 16'h2;
    localparam  positions$3 = 16'h3;
    localparam  positions$4 = 16'h4;
    localparam  positions$5 = 16'h5;
    localparam  positions$6 = 16'h6;
    localparam  positions$7 = 16'h7;
    localparam  zero2 = 2'b0;
    localparam  one2 = 2'b1;
    localparam  two2 = 2'b10;
    localparam  one24 = 24'h1;
    localparam  bit0 = 2'b1;
    localparam  bit1 = 2'b10;
    localparam  zero4 = 4'h0;
    localparam  one4 = 4'h1;
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  two16 = 16'h2;
    localparam  max16 = 16'hffff;
    localparam  shift2 = 8'h2;
    localparam  shift8 = 8'h8;
    localparam  shift16 = 8'h10;
    localparam  shift32 = 8'h20;
    localparam  shift48 = 8'h30;
    localparam  shift64 = 8'h40;
    localparam  three8 = 8'h3;
    
    // Enums
    localparam TxState$Idle = 0;
    localparam TxState$Wait = 1;
    localparam TxState$Classes0 = 2;
    localparam TxState$Classes1 = 3;
    localparam TxState$Classes2 = 4;
    localparam TxState$Classes3 = 5;
    localparam TxState$Load = 6;
    localparam TxState$Fetch = 7;
    localparam TxState$Hold = 8;
    localparam TxState$Send = 9;
    
    // Stub signals
    reg  header_crc$clock;
    reg  header_crc$clear;
    reg  header_crc$enable;
    reg  [7:0] header_crc$data;
    wire  [7:0] header_crc$crc;
    reg  frame_crc$clock;
    reg  frame_crc$clear;
    reg  frame_crc$enable;
    reg  [7:0] frame_crc$data;
    wire  [15:0] frame_crc$crc;
    reg  [1:0] queued$d;
    wire  [1:0] queued$q;
    reg  queued$clock;
    reg  [7:0] q0_cmd$d;
    wire  [7:0] q0_cmd$q;
    reg  q0_cmd$clock;
    reg  [7:0] q0_seq$d;
    wire  [7:0] q0_seq$q;
    reg  q0_seq$clock;
    reg  [7:0] q0_status$d;
    wire  [7:0] q0_status$q;
    reg  q0_status$clock;
    reg  q0_slot$d;
    wire  q0_slot$q;
    reg  q0_slot$clock;
    reg  [7:0] q1_cmd$d;
    wire  [7:0] q1_cmd$q;
    reg  q1_cmd$clock;
    reg  [7:0] q1_seq$d;
    wire  [7:0] q1_seq$q;
    reg  q1_seq$clock;
    reg  [7:0] q1_status$d;
    wire  [7:0] q1_status$q;
    reg  q1_status$clock;
    reg  q1_slot$d;
    wire  q1_slot$q;
    reg  q1_slot$clock;
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  [7:0] cmd$d;
    wire  [7:0] cmd$q;
    reg  cmd$clock;
    reg  [7:0] seq$d;
    wire  [7:0] seq$q;
    reg  seq$clock;
    reg  [7:0] status$d;
    wire  [7:0] status$q;
    reg  status$clock;
    reg  slot$d;
    wire  slot$q;
    reg  slot$clock;
    reg  [3:0] settle$d;
    wire  [3:0] settle$q;
    reg  settle$clock;
    reg  read_q$d;
    wire  read_q$q;
    reg  read_q$clock;
    reg  [23:0] read_address_q$d;
    wire  [23:0] read_address_q$q;
    reg  read_address_q$clock;
    reg  [7:0] byte_q$d;
    wire  [7:0] byte_q$q;
    reg  byte_q$clock;
    reg  [15:0] data_length_q$d;
    wire  [15:0] data_length_q$q;
    reg  data_length_q$clock;
    reg  [15:0] payload_length_q$d;
    wire  [15:0] payload_length_q$q;
    reg  payload_length_q$clock;
    reg  [15:0] total_q$d;
    wire  [15:0] total_q$q;
    reg  total_q$clock;
    reg  header_crc_byte$d;
    wire  header_crc_byte$q;
    reg  header_crc_byte$clock;
    reg  frame_crc_byte$d;
    wire  frame_crc_byte$q;
    reg  frame_crc_byte$clock;
    reg  last_byte$d;
    wire  last_byte$q;
    reg  last_byte$clock;
    reg  [15:0] length$d;
    wire  [15:0] length$q;
    reg  length$clock;
    reg  [15:0] position$d;
    wire  [15:0] position$q;
    reg  position$clock;
    reg  [23:0] data_base$d;
    wire  [23:0] data_base$q;
    reg  data_base$clock;
    reg  [7:0] classes_low$d;
    wire  [7:0] classes_low$q;
    reg  classes_low$clock;
    reg  [1:0] freed$d;
    wire  [1:0] freed$q;
    reg  freed$clock;
    reg  have_result$d;
    wire  have_result$q;
    reg  have_result$clock;
    reg  last_slot$d;
    wire  last_slot$q;
    reg  last_slot$clock;
    reg  [15:0] refusals$d;
    wire  [15:0] refusals$q;
    reg  refusals$clock;
    
    // Local signals
    reg  read_now;
    reg  [23:0] read_address_now;
    reg  pop;
    reg  [7:0] run_status;
    reg  rung;
    reg  done;
    reg  [15:0] data_length;
    reg  [15:0] total;
    reg  [15:0] data_index;
    reg  [7:0] counter_byte;
    reg  [7:0] out_byte;
    reg  [79:0] counters;
    reg  [15:0] payload_length;
    reg  is_data;
    reg  from_counters;
    reg  [15:0] counter_index_wide;
    reg  [3:0] counter_nibble;
    reg  [6:0] counter_bit;
    
    // Sub module instances
    top$front_end$frame_tx$header_crc header_crc(
        .clock(header_crc$clock),
        .clear(header_crc$clear),
        .enable(header_crc$enable),
        .data(header_crc$data),
        .crc(header_crc$crc)
    );
    top$front_end$frame_tx$frame_crc frame_crc(
        .clock(frame_crc$clock),
        .clear(frame_crc$clear),
        .enable(frame_crc$enable),
        .data(frame_crc$data),
        .crc(frame_crc$crc)
    );
    top$front_end$frame_tx$queued queued(
        .d(queued$d),
        .q(queued$q),
        .clock(queued$clock)
    );
    top$front_end$frame_tx$q0_cmd q0_cmd(
        .d(q0_cmd$d),
        .q(q0_cmd$q),
        .clock(q0_cmd$clock)
    );
    top$front_end$frame_tx$q0_seq q0_seq(
        .d(q0_seq$d),
        .q(q0_seq$q),
        .clock(q0_seq$clock)
    );
    top$front_end$frame_tx$q0_status q0_status(
        .d(q0_status$d),
        .q(q0_status$q),
        .clock(q0_status$clock)
    );
    top$front_end$frame_tx$q0_slot q0_slot(
        .d(q0_slot$d),
        .q(q0_slot$q),
        .clock(q0_slot$clock)
    );
    top$front_end$frame_tx$q1_cmd q1_cmd(
        .d(q1_cmd$d),
        .q(q1_cmd$q),
        .clock(q1_cmd$clock)
    );
    top$front_end$frame_tx$q1_seq q1_seq(
        .d(q1_seq$d),
        .q(q1_seq$q),
        .clock(q1_seq$clock)
    );
    top$front_end$frame_tx$q1_status q1_status(
        .d(q1_status$d),
        .q(q1_status$q),
        .clock(q1_status$clock)
    );
    top$front_end$frame_tx$q1_slot q1_slot(
        .d(q1_slot$d),
        .q(q1_slot$q),
        .clock(q1_slot$clock)
    );
    top$front_end$frame_tx$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$front_end$frame_tx$cmd cmd(
        .d(cmd$d),
        .q(cmd$q),
        .clock(cmd$clock)
    );
    top$front_end$frame_tx$seq seq(
        .d(seq$d),
        .q(seq$q),
        .clock(seq$clock)
    );
    top$front_end$frame_tx$status status(
        .d(status$d),
        .q(status$q),
        .clock(status$clock)
    );
    top$front_end$frame_tx$slot slot(
        .d(slot$d),
        .q(slot$q),
        .clock(slot$clock)
    );
    top$front_end$frame_tx$settle settle(
        .d(settle$d),
        .q(settle$q),
        .clock(settle$clock)
    );
    top$front_end$frame_tx$read_q read_q(
        .d(read_q$d),
        .q(read_q$q),
        .clock(read_q$clock)
    );
    top$front_end$frame_tx$read_address_q read_address_q(
        .d(read_address_q$d),
        .q(read_address_q$q),
        .clock(read_address_q$clock)
    );
    top$front_end$frame_tx$byte_q byte_q(
        .d(byte_q$d),
        .q(byte_q$q),
        .clock(byte_q$clock)
    );
    top$front_end$frame_tx$data_length_q data_length_q(
        .d(data_length_q$d),
        .q(data_length_q$q),
        .clock(data_length_q$clock)
    );
    top$front_end$frame_tx$payload_length_q payload_length_q(
        .d(payload_length_q$d),
        .q(payload_length_q$q),
        .clock(payload_length_q$clock)
    );
    top$front_end$frame_tx$total_q total_q(
        .d(total_q$d),
        .q(total_q$q),
        .clock(total_q$clock)
    );
    top$front_end$frame_tx$header_crc_byte header_crc_byte(
        .d(header_crc_byte$d),
        .q(header_crc_byte$q),
        .clock(header_crc_byte$clock)
    );
    top$front_end$frame_tx$frame_crc_byte frame_crc_byte(
        .d(frame_crc_byte$d),
        .q(frame_crc_byte$q),
        .clock(frame_crc_byte$clock)
    );
    top$front_end$frame_tx$last_byte last_byte(
        .d(last_byte$d),
        .q(last_byte$q),
        .clock(last_byte$clock)
    );
    top$front_end$frame_tx$length length(
        .d(length$d),
        .q(length$q),
        .clock(length$clock)
    );
    top$front_end$frame_tx$position position(
        .d(position$d),
        .q(position$q),
        .clock(position$clock)
    );
    top$front_end$frame_tx$data_base data_base(
        .d(data_base$d),
        .q(data_base$q),
        .clock(data_base$clock)
    );
    top$front_end$frame_tx$classes_low classes_low(
        .d(classes_low$d),
        .q(classes_low$q),
        .clock(classes_low$clock)
    );
    top$front_end$frame_tx$freed freed(
        .d(freed$d),
        .q(freed$q),
        .clock(freed$clock)
    );
    top$front_end$frame_tx$have_result have_result(
        .d(have_result$d),
        .q(have_result$q),
        .clock(have_result$clock)
    );
    top$front_end$frame_tx$last_slot last_slot(
        .d(last_slot$d),
        .q(last_slot$q),
        .clock(last_slot$clock)
    );
    top$front_end$frame_tx$refusals refusals(
        .d(refusals$d),
        .q(refusals$q),
        .clock(refusals$clock)
    );
    
    // Update code
    always @(*) begin
        queued$clock = clock;
        q0_cmd$clock = clock;
        q0_seq$clock = clock;
        q0_status$clock = clock;
        q0_slot$clock = clock;
        q1_cmd$clock = clock;
        q1_seq$clock = clock;
        q1_status$clock = clock;
        q1_slot$clock = clock;
        state$clock = clock;
        cmd$clock = clock;
        seq$clock = clock;
        status$clock = clock;
        slot$clock = clock;
        settle$clock = clock;
        read_q$clock = clock;
        read_address_q$clock = clock;
        byte_q$clock = clock;
        data_length_q$clock = clock;
        payload_length_q$clock = clock;
        total_q$clock = clock;
        header_crc_byte$clock = clock;
        frame_crc_byte$clock = clock;
        last_byte$clock = clock;
        length$clock = clock;
        position$clock = clock;
        data_base$clock = clock;
        classes_low$clock = clock;
        freed$clock = clock;
        have_result$clock = clock;
        last_slot$clock = clock;
        refusals$clock = clock;
        queued$d = queued$q;
        q0_cmd$d = q0_cmd$q;
        q0_seq$d = q0_seq$q;
        q0_status$d = q0_status$q;
        q0_slot$d = q0_slot$q;
        q1_cmd$d = q1_cmd$q;
        q1_seq$d = q1_seq$q;
        q1_status$d = q1_status$q;
        q1_slot$d = q1_slot$q;
        state$d = state$q;
        cmd$d = cmd$q;
        seq$d = seq$q;
        status$d = status$q;
        slot$d = slot$q;
        settle$d = settle$q;
        read_q$d = read_q$q;
        read_address_q$d = read_address_q$q;
        byte_q$d = byte_q$q;
        data_length_q$d = data_length_q$q;
        payload_length_q$d = payload_length_q$q;
        total_q$d = total_q$q;
        header_crc_byte$d = header_crc_byte$q;
        frame_crc_byte$d = frame_crc_byte$q;
        last_byte$d = last_byte$q;
        length$d = length$q;
        position$d = position$q;
        data_base$d = data_base$q;
        classes_low$d = classes_low$q;
        freed$d = freed$q;
        have_result$d = have_result$q;
        last_slot$d = last_slot$q;
        refusals$d = refusals$q;
        header_crc$clock = clock;
        frame_crc$clock = clock;
        header_crc$clear = 1'b0;
        header_crc$enable = 1'b0;
        frame_crc$clear = 1'b0;
        frame_crc$enable = 1'b0;
        freed$d = zero2;
        read_now = 1'b0;
        read_address_now = data_base$q;
        tx_valid = 1'b0;
        pop = (state$q == TxState$Idle) & (queued$q != zero2);
        if (pop) begin
            cmd$d = q0_cmd$q;
            seq$d = q0_seq$q;
            status$d = q0_status$q;
            slot$d = q0_slot$q;
            settle$d = zero4;
            state$d = TxState$Wait;
            q0_cmd$d = q1_cmd$q;
            q0_seq$d = q1_seq$q;
            q0_status$d = q1_status$q;
            q0_slot$d = q1_slot$q;
            queued$d = queued$q - one2;
        end
        if (job_valid) begin
            if ((queued$q == zero2) | ((queued$q == one2) & pop)) begin
                q0_cmd$d = job_cmd;
                q0_seq$d = job_seq;
                q0_status$d = job_status;
                q0_slot$d = job_slot;
                queued$d = one2;
            end
            else if ((queued$q == one2) | pop) begin
                q1_cmd$d = job_cmd;
                q1_seq$d = job_seq;
                q1_status$d = job_status;
                q1_slot$d = job_slot;
                queued$d = two2;
            end
        end
        run_status = run_status0;
        rung = |(run_rung & bit0);
        done = |(slot_done & bit0);
        if (slot$q) begin
            run_status = run_status1;
            rung = |(run_rung & bit1);
            done = |(slot_done & bit1);
        end
        data_length = zero16;
        if (status$q == ok) begin
            if (cmd$q == cmd_info) begin
                data_length = info_bytes;
            end
            if (cmd$q == cmd_status) begin
                data_length = status_payload;
            end
            if ((cmd$q == cmd_run) | (cmd$q == cmd_read_result)) begin
                data_length = length$q;
            end
        end
        payload_length = one16 + data_length;
        total = frame_overhead + payload_length;
        data_length_q$d = data_length;
        payload_length_q$d = payload_length;
        total_q$d = total;
        data_index = position$q - first_data;
        is_data = (position$q >= first_data) & (data_index < data_length_q$q);
        from_counters = (cmd$q == cmd_status) & (data_index >= status_bytes);
        counters = ((frames_ok) & 80'hffffffffffffffffffff) | (((bad_headers) & 80'hffffffffffffffffffff) << shift16) | (((bad_crcs) & 80'hffffffffffffffffffff) << shift32) | (((timeouts) & 80'hffffffffffffffffffff) << shift48) | (((refusals$q) & 80'hffffffffffffffffffff) << shift64);
        counter_index_wide = data_index - status_bytes;
        counter_nibble = counter_index_wide[(32'h0)+:(4)];
        counter_bit = ((counter_nibble) & 7'h7f) << three8;
        counter_byte = counters[(counter_bit)+:(8)];
        out_byte = read_data;
        if (from_counters) begin
            out_byte = counter_byte;
        end
        if (position$q == positions$0) begin
            out_byte = sync0;
        end
        if (position$q == positions$1) begin
            out_byte = sync1;
        end
        if (position$q == positions$2) begin
            out_byte = cmd$q | response_flag;
        end
        if (position$q == positions$3) begin
            out_byte = seq$q;
        end
        if (position$q == positions$4) begin
            out_byte = payload_length_q$q[(32'h0)+:(8)];
        end
        if (position$q == positions$5) begin
            out_byte = payload_length_q$q[(32'h8)+:(8)];
        end
        if (position$q == positions$6) begin
            out_byte = header_crc$crc;
        end
        if (position$q == positions$7) begin
            out_byte = status$q;
        end
        if (position$q + two16 == total_q$q) begin
            out_byte = frame_crc$crc[(32'h0)+:(8)];
        end
        if (position$q + one16 == total_q$q) begin
            out_byte = frame_crc$crc[(32'h8)+:(8)];
        end
        tx_data = byte_q$q;
        header_crc$data = byte_q$q;
        frame_crc$data = byte_q$q;
        case (state$q)
            TxState$Idle:
                begin
                end
            TxState$Wait:
                begin
                    if (status$q != ok) begin
                        state$d = TxState$Load;
                    end
                    else if (cmd$q == cmd_run) begin
                        if (rung) begin
                            if (run_status != ok) begin
                                status$d = run_status;
                                state$d = TxState$Load;
                            end
                            else if (done) begin
                                data_base$d = result0;
                                if (slot$q) begin
                                    data_base$d = result1;
                                end
                                have_result$d = 1'b1;
                                last_slot$d = slot$q;
                                state$d = TxState$Classes0;
                            end
                        end
                    end
                    else if (cmd$q == cmd_read_result) begin
                        if (have_result$q) begin
                            data_base$d = result0;
                            if (last_slot$q) begin
                                data_base$d = result1;
                            end
                            state$d = TxState$Classes0;
                        end
                        else begin
                            status$d = no_result;
                            state$d = TxState$Load;
                        end
                    end
                    else if (cmd$q == cmd_load_config) begin
                        if (~core_busy) begin
                            if (~model_ready) begin
                                status$d = last_error;
                            end
                            state$d = TxState$Load;
                        end
                    end
                    else if (cmd$q == cmd_load_key) begin
                        settle$d = settle$q + one4;
                        if (settle$q == settle_clocks) begin
                            if (~key_loaded) begin
                                status$d = bad_length;
                            end
                            state$d = TxState$Load;
                        end
                    end
                    else begin
                        data_base$d = info_base;
                        if (cmd$q == cmd_status) begin
                            data_base$d = status_base;
                        end
                        state$d = TxState$Load;
                    end
                    position$d = zero16;
                    header_crc$clear = 1'b1;
                    frame_crc$clear = 1'b1;
                end
            TxState$Classes0:
                begin
                    read_now = 1'b1;
                    read_address_now = data_base$q;
                    state$d = TxState$Classes1;
                end
            TxState$Classes1:
                begin
                    read_now = 1'b1;
                    read_address_now = data_base$q + one24;
                    state$d = TxState$Classes2;
                end
            TxState$Classes2:
                begin
                    classes_low$d = read_data;
                    state$d = TxState$Classes3;
                end
            TxState$Classes3:
                begin
                    length$d = result_header + ((((classes_low$q) & 16'hffff) | (((read_data) & 16'hffff) << shift8)) << shift2);
                    state$d = TxState$Load;
                end
            TxState$Load:
                begin
                    if (is_data & ~from_counters) begin
                        read_now = 1'b1;
                        read_address_now = data_base$q + ((data_index) & 24'hffffff);
                    end
                    state$d = TxState$Fetch;
                end
            TxState$Fetch:
                begin
                    state$d = TxState$Hold;
                end
            TxState$Hold:
                begin
                    byte_q$d = out_byte;
                    header_crc_byte$d = (position$q >= positions$2) & (position$q < positions$6);
                    frame_crc_byte$d = (position$q >= positions$2) & (position$q + two16 < total_q$q);
                    last_byte$d = position$q + one16 == total_q$q;
                    state$d = TxState$Send;
                end
            TxState$Send:
                begin
                    tx_valid = 1'b1;
                    if (tx_ready) begin
                        header_crc$enable = header_crc_byte$q;
                        frame_crc$enable = frame_crc_byte$q;
                        position$d = position$q + one16;
                        state$d = TxState$Load;
                        if (last_byte$q) begin
                            state$d = TxState$Idle;
                            if (cmd$q == cmd_run) begin
                                freed$d = bit0;
                                if (slot$q) begin
                                    freed$d = bit1;
                                end
                            end
                            if ((status$q != ok) & (refusals$q != max16)) begin
                                refusals$d = refusals$q + one16;
                            end
                        end
                    end
                end
            default:
                begin
                    state$d = TxState$Idle;
                end
        endcase
        read_q$d = read_now;
        read_address_q$d = read_address_now;
        read = read_q$q;
        read_address = read_address_q$q;
        if (reset) begin
            read_q$d = 1'b0;
            state$d = TxState$Idle;
            queued$d = zero2;
            have_result$d = 1'b0;
            refusals$d = zero16;
        end
        slot_release = freed$q;
    end
    
endmodule // top$front_end$frame_tx


module top$front_end$frame_tx$byte_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$byte_q


module top$front_end$frame_tx$classes_low(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$classes_low


module top$front_end$frame_tx$cmd(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$cmd


module top$front_end$frame_tx$data_base(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$data_base


module top$front_end$frame_tx$data_length_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$data_length_q


module top$front_end$frame_tx$frame_crc(clock,clear,enable,data,crc);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  enable;
    input wire  [7:0] data;
    output reg  [15:0] crc;
    
    // Update code (custom)
    reg [15:0] state;
    wire [15:0] next;
    assign next[0] = ^(state & 16'h1100) ^ ^(data & 8'h11);
    assign next[1] = ^(state & 16'h2200) ^ ^(data & 8'h22);
    assign next[2] = ^(state & 16'h4400) ^ ^(data & 8'h44);
    assign next[3] = ^(state & 16'h8800) ^ ^(data & 8'h88);
    assign next[4] = ^(state & 16'h1000) ^ ^(data & 8'h10);
    assign next[5] = ^(state & 16'h3100) ^ ^(data & 8'h31);
    assign next[6] = ^(state & 16'h6200) ^ ^(data & 8'h62);
    assign next[7] = ^(state & 16'hc400) ^ ^(data & 8'hc4);
    assign next[8] = ^(state & 16'h8801) ^ ^(data & 8'h88);
    assign next[9] = ^(state & 16'h1002) ^ ^(data & 8'h10);
    assign next[10] = ^(state & 16'h2004) ^ ^(data & 8'h20);
    assign next[11] = ^(state & 16'h4008) ^ ^(data & 8'h40);
    assign next[12] = ^(state & 16'h9110) ^ ^(data & 8'h91);
    assign next[13] = ^(state & 16'h2220) ^ ^(data & 8'h22);
    assign next[14] = ^(state & 16'h4440) ^ ^(data & 8'h44);
    assign next[15] = ^(state & 16'h8880) ^ ^(data & 8'h88);
    always @(posedge clock) begin
        if (clear) state <= 16'hffff;
        else if (enable) state <= next;
    end
    always @(*) crc = state ^ 16'h0;
endmodule // top$front_end$frame_tx$frame_crc


module top$front_end$frame_tx$frame_crc_byte(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$frame_crc_byte


module top$front_end$frame_tx$freed(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$freed


module top$front_end$frame_tx$have_result(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$have_result


module top$front_end$frame_tx$header_crc(clock,clear,enable,data,crc);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  enable;
    input wire  [7:0] data;
    output reg  [7:0] crc;
    
    // Update code (custom)
    reg [7:0] state;
    wire [7:0] next;
    assign next[0] = ^(state & 8'hc1) ^ ^(data & 8'hc1);
    assign next[1] = ^(state & 8'h43) ^ ^(data & 8'h43);
    assign next[2] = ^(state & 8'h47) ^ ^(data & 8'h47);
    assign next[3] = ^(state & 8'h8e) ^ ^(data & 8'h8e);
    assign next[4] = ^(state & 8'h1c) ^ ^(data & 8'h1c);
    assign next[5] = ^(state & 8'h38) ^ ^(data & 8'h38);
    assign next[6] = ^(state & 8'h70) ^ ^(data & 8'h70);
    assign next[7] = ^(state & 8'he0) ^ ^(data & 8'he0);
    always @(posedge clock) begin
        if (clear) state <= 8'h0;
        else if (enable) state <= next;
    end
    always @(*) crc = state ^ 8'h0;
endmodule // top$front_end$frame_tx$header_crc


module top$front_end$frame_tx$header_crc_byte(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$header_crc_byte


module top$front_end$frame_tx$last_byte(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$last_byte


module top$front_end$frame_tx$last_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$last_slot


module top$front_end$frame_tx$length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$length


module top$front_end$frame_tx$payload_length_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$payload_length_q


module top$front_end$frame_tx$position(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$position


module top$front_end$frame_tx$q0_cmd(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$q0_cmd


module top$front_end$frame_tx$q0_seq(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$q0_seq


module top$front_end$frame_tx$q0_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$q0_slot


module top$front_end$frame_tx$q0_status(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$q0_status


module top$front_end$frame_tx$q1_cmd(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$q1_cmd


module top$front_end$frame_tx$q1_seq(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$q1_seq


module top$front_end$frame_tx$q1_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$q1_slot


module top$front_end$frame_tx$q1_status(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$q1_status


module top$front_end$frame_tx$queued(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queued


module top$front_end$frame_tx$read_address_q(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$read_address_q


module top$front_end$frame_tx$read_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$read_q


module top$front_end$frame_tx$refusals(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$refusals


module top$front_end$frame_tx$seq(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$seq


module top$front_end$frame_tx$settle(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$settle


module top$front_end$frame_tx$slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$slot


module top$front_end$frame_tx$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam TxState$Idle = 0;
    localparam TxState$Wait = 1;
    localparam TxState$Classes0 = 2;
    localparam TxState$Classes1 = 3;
    localparam TxState$Classes2 = 4;
    localparam TxState$Classes3 = 5;
    localparam TxState$Load = 6;
    localparam TxState$Fetch = 7;
    localparam TxState$Hold = 8;
    localparam TxState$Send = 9;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$state


module top$front_end$frame_tx$status(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$status


module top$front_end$frame_tx$total_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$total_q


module top$front_end$uart_rx(clock,reset,rx,data,valid,ready,framing_error,overrun);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  rx;
    output reg  [7:0] data;
    output reg  valid;
    input wire  ready;
    output reg  framing_error;
    output reg  overrun;
    
    // Constant declarations
    localparam  half_bit = 16'h1;
    localparam  full_bit = 16'h4;
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  one4 = 4'h1;
    localparam  eight = 4'h8;
    localparam  top_bit = 8'h80;
    
    // Enums
    localparam RxState$Idle = 0;
    localparam RxState$Start = 1;
    localparam RxState$Data = 2;
    localparam RxState$Stop = 3;
    localparam RxState$WaitIdle = 4;
    
    // Stub signals
    reg  sync0$d;
    wire  sync0$q;
    reg  sync0$clock;
    reg  sync1$d;
    wire  sync1$q;
    reg  sync1$clock;
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [15:0] countdown$d;
    wire  [15:0] countdown$q;
    reg  countdown$clock;
    reg  [3:0] bits_left$d;
    wire  [3:0] bits_left$q;
    reg  bits_left$clock;
    reg  [7:0] shift$d;
    wire  [7:0] shift$q;
    reg  shift$clock;
    reg  [7:0] held$d;
    wire  [7:0] held$q;
    reg  held$clock;
    reg  held_valid$d;
    wire  held_valid$q;
    reg  held_valid$clock;
    
    // Sub module instances
    top$front_end$uart_rx$sync0 sync0(
        .d(sync0$d),
        .q(sync0$q),
        .clock(sync0$clock)
    );
    top$front_end$uart_rx$sync1 sync1(
        .d(sync1$d),
        .q(sync1$q),
        .clock(sync1$clock)
    );
    top$front_end$uart_rx$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$front_end$uart_rx$countdown countdown(
        .d(countdown$d),
        .q(countdown$q),
        .clock(countdown$clock)
    );
    top$front_end$uart_rx$bits_left bits_left(
        .d(bits_left$d),
        .q(bits_left$q),
        .clock(bits_left$clock)
    );
    top$front_end$uart_rx$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    top$front_end$uart_rx$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    top$front_end$uart_rx$held_valid held_valid(
        .d(held_valid$d),
        .q(held_valid$q),
        .clock(held_valid$clock)
    );
    
    // Update code
    always @(*) begin
        sync0$clock = clock;
        sync1$clock = clock;
        state$clock = clock;
        countdown$clock = clock;
        bits_left$clock = clock;
        shift$clock = clock;
        held$clock = clock;
        held_valid$clock = clock;
        sync0$d = sync0$q;
        sync1$d = sync1$q;
        state$d = state$q;
        countdown$d = countdown$q;
        bits_left$d = bits_left$q;
        shift$d = shift$q;
        held$d = held$q;
        held_valid$d = held_valid$q;
        sync0$d = rx;
        sync1$d = sync0$q;
        framing_error = 1'b0;
        overrun = 1'b0;
        if (held_valid$q & ready) begin
            held_valid$d = 1'b0;
        end
        if (countdown$q != zero16) begin
            countdown$d = countdown$q - one16;
        end
        case (state$q)
            RxState$Idle:
                begin
                    if (~sync1$q) begin
                        state$d = RxState$Start;
                        countdown$d = half_bit;
                    end
                end
            RxState$Start:
                begin
                    if (countdown$q == zero16) begin
                        if (sync1$q) begin
                            state$d = RxState$Idle;
                        end
                        else begin
                            state$d = RxState$Data;
                            countdown$d = full_bit;
                            bits_left$d = eight;
                        end
                    end
                end
            RxState$Data:
                begin
                    if (countdown$q == zero16) begin
                        shift$d = shift$q >> 32'h1;
                        if (sync1$q) begin
                            shift$d = (shift$q >> 32'h1) | top_bit;
                        end
                        bits_left$d = bits_left$q - one4;
                        countdown$d = full_bit;
                        if (bits_left$q == one4) begin
                            state$d = RxState$Stop;
                        end
                    end
                end
            RxState$Stop:
                begin
                    if (countdown$q == zero16) begin
                        if (sync1$q) begin
                            state$d = RxState$Idle;
                            if (held_valid$q & ~ready) begin
                                overrun = 1'b1;
                            end
                            else begin
                                held$d = shift$q;
                                held_valid$d = 1'b1;
                            end
                        end
                        else begin
                            framing_error = 1'b1;
                            state$d = RxState$WaitIdle;
                        end
                    end
                end
            RxState$WaitIdle:
                begin
                    if (sync1$q) begin
                        state$d = RxState$Idle;
                    end
                end
            default:
                begin
                    state$d = RxState$Idle;
                end
        endcase
        if (reset) begin
            sync0$d = 1'b1;
            sync1$d = 1'b1;
            state$d = RxState$Idle;
            held_valid$d = 1'b0;
            countdown$d = zero16;
        end
        data = held$q;
        valid = held_valid$q;
    end
    
endmodule // top$front_end$uart_rx


module top$front_end$uart_rx$bits_left(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$bits_left


module top$front_end$uart_rx$countdown(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$countdown


module top$front_end$uart_rx$held(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$held


module top$front_end$uart_rx$held_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$held_valid


module top$front_end$uart_rx$shift(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$shift


module top$front_end$uart_rx$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam RxState$Idle = 0;
    localparam RxState$Start = 1;
    localparam RxState$Data = 2;
    localparam RxState$Stop = 3;
    localparam RxState$WaitIdle = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$state


module top$front_end$uart_rx$sync0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$sync0


module top$front_end$uart_rx$sync1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$sync1


module top$front_end$uart_tx(clock,reset,data,valid,ready,tx);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] data;
    input wire  valid;
    output reg  ready;
    output reg  tx;
    
    // Constant declarations
    localparam  full_bit = 16'h4;
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  zero4 = 4'h0;
    localparam  one4 = 4'h1;
    localparam  frame_bits = 4'ha;
    localparam  stop_bit = 10'b1000000000;
    
    // Stub signals
    reg  [9:0] frame$d;
    wire  [9:0] frame$q;
    reg  frame$clock;
    reg  [3:0] bits_left$d;
    wire  [3:0] bits_left$q;
    reg  bits_left$clock;
    reg  [15:0] countdown$d;
    wire  [15:0] countdown$q;
    reg  countdown$clock;
    reg  line$d;
    wire  line$q;
    reg  line$clock;
    
    // Sub module instances
    top$front_end$uart_tx$frame frame(
        .d(frame$d),
        .q(frame$q),
        .clock(frame$clock)
    );
    top$front_end$uart_tx$bits_left bits_left(
        .d(bits_left$d),
        .q(bits_left$q),
        .clock(bits_left$clock)
    );
    top$front_end$uart_tx$countdown countdown(
        .d(countdown$d),
        .q(countdown$q),
        .clock(countdown$clock)
    );
    top$front_end$uart_tx$line line(
        .d(line$d),
        .q(line$q),
        .clock(line$clock)
    );
    
    // Update code
    always @(*) begin
        frame$clock = clock;
        bits_left$clock = clock;
        countdown$clock = clock;
        line$clock = clock;
        frame$d = frame$q;
        bits_left$d = bits_left$q;
        countdown$d = countdown$q;
        line$d = line$q;
        ready = (bits_left$q == zero4) | ((bits_left$q == one4) & (countdown$q == zero16));
        if (countdown$q != zero16) begin
            countdown$d = countdown$q - one16;
        end
        else if (bits_left$q != zero4) begin
            frame$d = frame$q >> 32'h1;
            bits_left$d = bits_left$q - one4;
            line$d = frame$q[32'h1];
            countdown$d = full_bit;
            if (bits_left$q == one4) begin
                line$d = 1'b1;
            end
        end
        if (valid & ready) begin
            frame$d = (((data) & 10'h3ff) << 32'h1) | stop_bit;
            bits_left$d = frame_bits;
            countdown$d = full_bit;
            line$d = 1'b0;
        end
        if (reset) begin
            bits_left$d = zero4;
            countdown$d = zero16;
            line$d = 1'b1;
        end
        tx = line$q | (bits_left$q == zero4);
    end
    
endmodule // top$front_end$uart_tx


module top$front_end$uart_tx$bits_left(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_tx$bits_left


module top$front_end$uart_tx$countdown(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_tx$countdown


module top$front_end$uart_tx$frame(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_tx$frame


module top$front_end$uart_tx$line(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_tx$line


module top$heartbeat(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 26'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$heartbeat

// v-- Setting output parameters to net type for wrapped code.


module top$pll(clock_in,clock_out,locked);
    
    // Module arguments
    input wire  clock_in;
    output wire  clock_out;
    output wire  locked;
    
    // Update code (wrapper)
    /* verilator lint_off PINCONNECTEMPTY */ // PLLOUTCORE and SDO are unused on purpose.
    SB_PLL40_CORE #(.FEEDBACK_PATH("SIMPLE"), .DIVR(4'd4), .DIVF(7'd47), .DIVQ(3'd4), .FILTER_RANGE(3'd2))
        pll_inst (.LOCK(locked), .RESETB(1'b1), .BYPASS(1'b0), .REFERENCECLK(clock_in), .PLLOUTGLOBAL(clock_out),
                  .PLLOUTCORE(), .EXTFEEDBACK(1'b0), .DYNAMICDELAY(8'd0), .LATCHINPUTVALUE(1'b0), .SDI(1'b0), .SCLK(1'b0), .SDO());
endmodule // top$pll


module top$reset_generator(clock,button_n,locked,reset);
    
    // Module arguments
    input wire  clock;
    input wire  button_n;
    input wire  locked;
    output reg  reset;
    
    // Constant declarations
    localparam  zero = 8'h0;
    localparam  one = 8'h1;
    localparam  full = 8'hff;
    
    // Stub signals
    reg  sync0$d;
    wire  sync0$q;
    reg  sync0$clock;
    reg  sync1$d;
    wire  sync1$q;
    reg  sync1$clock;
    reg  [7:0] count$d;
    wire  [7:0] count$q;
    reg  count$clock;
    reg  held$d;
    wire  held$q;
    reg  held$clock;
    
    // Sub module instances
    top$reset_generator$sync0 sync0(
        .d(sync0$d),
        .q(sync0$q),
        .clock(sync0$clock)
    );
    top$reset_generator$sync1 sync1(
        .d(sync1$d),
        .q(sync1$q),
        .clock(sync1$clock)
    );
    top$reset_generator$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$reset_generator$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    
    // Update code
    always @(*) begin
        sync0$clock = clock;
        sync1$clock = clock;
        count$clock = clock;
        held$clock = clock;
        sync0$d = sync0$q;
        sync1$d = sync1$q;
        count$d = count$q;
        held$d = held$q;
        sync0$d = button_n;
        sync1$d = sync0$q;
        if (~locked | ~sync1$q) begin
            count$d = zero;
        end
        else if (count$q != full) begin
            count$d = count$q + one;
        end
        held$d = count$q != full;
        reset = held$q;
    end
    
endmodule // top$reset_generator


module top$reset_generator$count(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$reset_generator$count


module top$reset_generator$held(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$reset_generator$held


module top$reset_generator$sync0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$reset_generator$sync0


module top$reset_generator$sync1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$reset_generator$sync1
(* blackbox *) module SB_PLL40_CORE(input REFERENCECLK, output PLLOUTCORE, output PLLOUTGLOBAL,
  input EXTFEEDBACK, input [7:0] DYNAMICDELAY, output LOCK, input BYPASS, input RESETB,
  input LATCHINPUTVALUE, output SDO, input SDI, input SCLK);
parameter FEEDBACK_PATH = "SIMPLE"; parameter DIVR = 4'b0000; parameter DIVF = 7'b0000000;
parameter DIVQ = 3'b000; parameter FILTER_RANGE = 3'b000; endmodule
